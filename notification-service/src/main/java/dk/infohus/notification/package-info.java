/**
 * Notification: tells a department of each referral it receives and reminds the coordinator when the
 * follow-up of a referral falls due, so that support does not peter out (the plan's step 6). Consumes
 * {@code referral.referral.v1}; owns topic {@code notification.follow-up.v1} and database
 * {@code notification}.
 */
@NullMarked
package dk.infohus.notification;

import org.jspecify.annotations.NullMarked;
