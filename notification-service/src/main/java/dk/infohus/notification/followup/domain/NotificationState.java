package dk.infohus.notification.followup.domain;

/** Whether the department has seen the notice of a referral. */
public enum NotificationState {
    UNREAD,
    READ
}
