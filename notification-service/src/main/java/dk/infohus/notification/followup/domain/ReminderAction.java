package dk.infohus.notification.followup.domain;

/** What moves a follow-up reminder along. */
public enum ReminderAction {
    /** The due time passed. */
    FALL_DUE,
    /** The follow-up meeting was held, on time or late. */
    COMPLETE,
    /** The department closed the referral. */
    CANCEL
}
