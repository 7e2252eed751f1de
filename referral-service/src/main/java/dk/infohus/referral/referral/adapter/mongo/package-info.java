@NullMarked
package dk.infohus.referral.referral.adapter.mongo;

import org.jspecify.annotations.NullMarked;
