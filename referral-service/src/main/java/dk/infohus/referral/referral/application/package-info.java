@NullMarked
package dk.infohus.referral.referral.application;

import org.jspecify.annotations.NullMarked;
