package dk.infohus.notification.followup.domain;

/** What moves a department notification along. */
public enum NotificationAction {
    /** A caseworker of the department read it, or acknowledged the referral. */
    READ
}
