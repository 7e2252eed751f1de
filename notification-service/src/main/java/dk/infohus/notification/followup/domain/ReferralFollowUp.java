package dk.infohus.notification.followup.domain;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.notification.FollowUpReminderDue;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A referral as the notification service follows it up: the notice to the department it was referred
 * to, and the reminder that it is to be followed up by a due time, so that support does not peter out.
 * Both live and change together, in one document per referral.
 */
public final class ReferralFollowUp {

    /** Longest name or id of a caseworker or coordinator. */
    public static final int MAX_ACTOR_LENGTH = 100;

    /** Longest note on a follow-up. */
    public static final int MAX_NOTE_LENGTH = 2_000;

    private final ReferralId id;
    private final CaseId caseId;
    private final String municipality;
    private final String department;
    private final Instant issuedAt;
    private final DepartmentNotification notification;
    private final FollowUpReminder reminder;

    private ReferralFollowUp(
            ReferralId id,
            CaseId caseId,
            String municipality,
            String department,
            Instant issuedAt,
            DepartmentNotification notification,
            FollowUpReminder reminder) {
        this.id = id;
        this.caseId = caseId;
        this.municipality = municipality;
        this.department = department;
        this.issuedAt = issuedAt;
        this.notification = notification;
        this.reminder = reminder;
    }

    /**
     * A referral was issued: the department has an unread notification, and the follow-up falls due
     * {@code followUpAfter} after the referral was issued.
     */
    public static Changed<ReferralFollowUp> issue(
            ReferralId id,
            CaseId caseId,
            String municipality,
            String department,
            Instant issuedAt,
            Duration followUpAfter) {
        if (followUpAfter.isNegative() || followUpAfter.isZero()) {
            throw new IllegalArgumentException(
                    "a follow-up falls due some time after the referral, not " + followUpAfter);
        }
        ReferralFollowUp followUp = new ReferralFollowUp(
                id,
                caseId,
                municipality,
                department,
                issuedAt,
                DepartmentNotification.unread(),
                FollowUpReminder.scheduled(ReminderId.newId(), issuedAt.plus(followUpAfter)));
        return new Changed<>(followUp, List.of());
    }

    /** Rebuilds a stored follow-up. */
    public static ReferralFollowUp restore(
            ReferralId id,
            CaseId caseId,
            String municipality,
            String department,
            Instant issuedAt,
            DepartmentNotification notification,
            FollowUpReminder reminder) {
        return new ReferralFollowUp(id, caseId, municipality, department, issuedAt, notification, reminder);
    }

    /** A caseworker of the department read the notification; reading it twice is refused. */
    public List<InfohusEvent> read(String caseworker, Instant now) {
        notification.read(actor("caseworker", caseworker), now);
        return List.of();
    }

    /**
     * A caseworker acknowledged the referral in the referral service, so the department has seen it: an
     * unread notification becomes read; one read before stays as it was.
     */
    public List<InfohusEvent> acknowledged(String caseworker, Instant at) {
        if (notification.state() == NotificationState.UNREAD) {
            notification.read(caseworker, at);
        }
        return List.of();
    }

    /** The due time passed without a follow-up: the coordinator is to be reminded. */
    public List<InfohusEvent> fallDue(Instant now) {
        reminder.fallDue(now);
        return List.of(new FollowUpReminderDue(
                caseId.value(), municipality, now, reminder.id().value(), id.value(), department));
    }

    /** The follow-up meeting was held, before or after the reminder fell due. */
    public List<InfohusEvent> completeFollowUp(String completedBy, @Nullable String note, Instant now) {
        String by = actor("completedBy", completedBy);
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidInput("note", "must be at most " + MAX_NOTE_LENGTH + " characters");
        }
        reminder.complete(by, note == null || note.isBlank() ? null : note.strip(), now);
        return List.of();
    }

    /** Cancels the reminder; refused once it is done or cancelled. */
    public List<InfohusEvent> cancelReminder(Instant at) {
        reminder.cancel(at);
        return List.of();
    }

    /**
     * The department closed the referral: an open reminder is cancelled, since there is nothing left to
     * follow up here; a reminder already done or cancelled stays as it was.
     */
    public List<InfohusEvent> referralClosed(Instant at) {
        return reminder.open() ? cancelReminder(at) : List.of();
    }

    private static String actor(String field, String actor) {
        if (actor.isBlank()) {
            throw new InvalidInput(field, "must not be blank");
        }
        if (actor.length() > MAX_ACTOR_LENGTH) {
            throw new InvalidInput(field, "must be at most " + MAX_ACTOR_LENGTH + " characters");
        }
        return actor.strip();
    }

    public ReferralId id() {
        return id;
    }

    public CaseId caseId() {
        return caseId;
    }

    /** Kommunekode of the municipality that owns the case, e.g. 657 for Herning. */
    public String municipality() {
        return municipality;
    }

    /** Code of the department the case was referred to, e.g. {@code boern-og-forebyggelse}. */
    public String department() {
        return department;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public DepartmentNotification notification() {
        return notification;
    }

    public FollowUpReminder reminder() {
        return reminder;
    }
}
