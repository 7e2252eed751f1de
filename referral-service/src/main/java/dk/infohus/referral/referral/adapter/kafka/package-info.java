@NullMarked
package dk.infohus.referral.referral.adapter.kafka;

import org.jspecify.annotations.NullMarked;
