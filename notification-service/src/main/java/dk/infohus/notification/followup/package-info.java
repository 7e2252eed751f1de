/**
 * Follow-up of referrals: per referral, one notification to the department and one follow-up reminder
 * for the coordinator, kept in one document.
 */
@NullMarked
package dk.infohus.notification.followup;

import org.jspecify.annotations.NullMarked;
