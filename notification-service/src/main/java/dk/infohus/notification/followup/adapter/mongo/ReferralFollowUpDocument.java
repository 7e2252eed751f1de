package dk.infohus.notification.followup.adapter.mongo;

import dk.infohus.notification.followup.domain.CaseId;
import dk.infohus.notification.followup.domain.DepartmentNotification;
import dk.infohus.notification.followup.domain.FollowUpReminder;
import dk.infohus.notification.followup.domain.NotificationState;
import dk.infohus.notification.followup.domain.ReferralFollowUp;
import dk.infohus.notification.followup.domain.ReferralId;
import dk.infohus.notification.followup.domain.ReminderId;
import dk.infohus.notification.followup.domain.ReminderState;
import dk.infohus.platform.outbox.OutboxDocument;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The follow-up of one referral as stored: notification, reminder, outbox and consumed event ids in one
 * document, whose id is the referral id.
 */
@Document(ReferralFollowUpDocument.COLLECTION)
@CompoundIndex(name = "reminders_by_due_time", def = "{'reminder.state': 1, 'reminder.dueAt': 1}")
// a coordinator's list: their municipality's reminders, the one due first first
@CompoundIndex(name = "municipality_reminders", def = "{'municipality': 1, 'reminder.state': 1, 'reminder.dueAt': 1}")
@CompoundIndex(name = "department_notifications", def = "{'department': 1, 'notification.state': 1, 'issuedAt': 1}")
class ReferralFollowUpDocument extends OutboxDocument {

    static final String COLLECTION = "followUps";

    @Id
    private String id;

    private String caseId;
    private String municipality;
    private String department;
    private Instant issuedAt;
    private StoredNotification notification;
    private StoredReminder reminder;

    record StoredNotification(
            String state, @Nullable String readBy, @Nullable Instant readAt) {}

    record StoredReminder(
            String id,
            Instant dueAt,
            String state,
            @Nullable Instant fellDueAt,
            @Nullable String completedBy,
            @Nullable Instant completedAt,
            @Nullable String note,
            @Nullable Instant cancelledAt) {}

    static ReferralFollowUpDocument of(ReferralFollowUp followUp) {
        ReferralFollowUpDocument document = new ReferralFollowUpDocument();
        document.id = followUp.id().toString();
        document.caseId = followUp.caseId().toString();
        document.municipality = followUp.municipality();
        document.department = followUp.department();
        document.issuedAt = followUp.issuedAt();
        document.update(followUp);
        return document;
    }

    /** Takes the follow-up's changeable state; outbox, consumed ids and version stay. */
    void update(ReferralFollowUp followUp) {
        DepartmentNotification n = followUp.notification();
        notification = new StoredNotification(n.state().name(), n.readBy(), n.readAt());
        FollowUpReminder r = followUp.reminder();
        reminder = new StoredReminder(
                r.id().toString(),
                r.dueAt(),
                r.state().name(),
                r.fellDueAt(),
                r.completedBy(),
                r.completedAt(),
                r.note(),
                r.cancelledAt());
    }

    ReferralFollowUp toFollowUp() {
        return ReferralFollowUp.restore(
                new ReferralId(UUID.fromString(id)),
                new CaseId(UUID.fromString(caseId)),
                municipality,
                department,
                issuedAt,
                DepartmentNotification.restore(
                        NotificationState.valueOf(notification.state()), notification.readBy(), notification.readAt()),
                FollowUpReminder.restore(
                        new ReminderId(UUID.fromString(reminder.id())),
                        reminder.dueAt(),
                        ReminderState.valueOf(reminder.state()),
                        reminder.fellDueAt(),
                        reminder.completedBy(),
                        reminder.completedAt(),
                        reminder.note(),
                        reminder.cancelledAt()));
    }

    @Override
    public Object id() {
        return id;
    }
}
