@NullMarked
package dk.infohus.referral.referral;

import org.jspecify.annotations.NullMarked;
