package dk.infohus.notification.followup.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Follow-ups for tests: {@code ReferralFollowUpFixtures.aFollowUp().withReminder(ReminderState.DUE).build()}. */
public final class ReferralFollowUpFixtures {

    public static final Instant ISSUED_AT = Instant.parse("2026-11-26T08:00:00Z");
    public static final Duration FOLLOW_UP_AFTER = Duration.ofDays(14);
    public static final Instant DUE_AT = ISSUED_AT.plus(FOLLOW_UP_AFTER);

    private String department = "boern-og-forebyggelse";
    private NotificationState notificationState = NotificationState.UNREAD;
    private ReminderState reminderState = ReminderState.SCHEDULED;

    private ReferralFollowUpFixtures() {}

    public static ReferralFollowUpFixtures aFollowUp() {
        return new ReferralFollowUpFixtures();
    }

    public ReferralFollowUpFixtures to(String department) {
        this.department = department;
        return this;
    }

    public ReferralFollowUpFixtures withNotification(NotificationState state) {
        this.notificationState = state;
        return this;
    }

    public ReferralFollowUpFixtures withReminder(ReminderState state) {
        this.reminderState = state;
        return this;
    }

    /** A follow-up whose recorded details fit its states: who read it, when it fell due, and so on. */
    public ReferralFollowUp build() {
        boolean read = notificationState == NotificationState.READ;
        DepartmentNotification notification = DepartmentNotification.restore(
                notificationState, read ? "sagsbehandler-1" : null, read ? ISSUED_AT.plusSeconds(3_600) : null);
        FollowUpReminder reminder = FollowUpReminder.restore(
                ReminderId.newId(),
                DUE_AT,
                reminderState,
                reminderState == ReminderState.DUE ? DUE_AT : null,
                reminderState == ReminderState.DONE ? "koordinator-1" : null,
                reminderState == ReminderState.DONE ? DUE_AT.minusSeconds(60) : null,
                null,
                reminderState == ReminderState.CANCELLED ? DUE_AT.minusSeconds(60) : null);
        return ReferralFollowUp.restore(
                new ReferralId(UUID.randomUUID()),
                new CaseId(UUID.randomUUID()),
                "657",
                department,
                ISSUED_AT,
                notification,
                reminder);
    }
}
