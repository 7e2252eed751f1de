@NullMarked
package dk.infohus.referral.referral.domain;

import org.jspecify.annotations.NullMarked;
