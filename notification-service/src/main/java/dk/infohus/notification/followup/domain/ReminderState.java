package dk.infohus.notification.followup.domain;

/** Where the follow-up of a referral stands. */
public enum ReminderState {
    /** Waiting for its due time. */
    SCHEDULED,
    /** Its due time passed without a follow-up meeting: the coordinator is reminded. */
    DUE,
    /** The follow-up meeting was held. */
    DONE,
    /** The referral was closed before a follow-up was held. */
    CANCELLED
}
