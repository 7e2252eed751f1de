package dk.infohus.notification.followup.domain;

import dk.infohus.platform.domain.TransitionTable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The reminder that a referral is to be followed up by a given time; part of a {@link ReferralFollowUp}.
 * It falls due when that time passes without a follow-up meeting, and ends done or cancelled.
 */
public final class FollowUpReminder {

    /** Every transition a reminder allows; anything else is an {@code IllegalTransition}. */
    public static final TransitionTable<ReminderState, ReminderAction> TRANSITIONS = TransitionTable.of(
                    "follow-up reminder", ReminderState.class, ReminderAction.class)
            .allow(ReminderState.SCHEDULED, ReminderAction.FALL_DUE, ReminderState.DUE)
            .allow(ReminderState.SCHEDULED, ReminderAction.COMPLETE, ReminderState.DONE)
            .allow(ReminderState.DUE, ReminderAction.COMPLETE, ReminderState.DONE)
            .allow(ReminderState.SCHEDULED, ReminderAction.CANCEL, ReminderState.CANCELLED)
            .allow(ReminderState.DUE, ReminderAction.CANCEL, ReminderState.CANCELLED)
            .build();

    private final ReminderId id;
    private final Instant dueAt;
    private ReminderState state;
    private @Nullable Instant fellDueAt;
    private @Nullable String completedBy;
    private @Nullable Instant completedAt;
    private @Nullable String note;
    private @Nullable Instant cancelledAt;

    private FollowUpReminder(
            ReminderId id,
            Instant dueAt,
            ReminderState state,
            @Nullable Instant fellDueAt,
            @Nullable String completedBy,
            @Nullable Instant completedAt,
            @Nullable String note,
            @Nullable Instant cancelledAt) {
        this.id = id;
        this.dueAt = dueAt;
        this.state = state;
        this.fellDueAt = fellDueAt;
        this.completedBy = completedBy;
        this.completedAt = completedAt;
        this.note = note;
        this.cancelledAt = cancelledAt;
    }

    static FollowUpReminder scheduled(ReminderId id, Instant dueAt) {
        return new FollowUpReminder(id, dueAt, ReminderState.SCHEDULED, null, null, null, null, null);
    }

    /** Rebuilds a stored reminder. */
    public static FollowUpReminder restore(
            ReminderId id,
            Instant dueAt,
            ReminderState state,
            @Nullable Instant fellDueAt,
            @Nullable String completedBy,
            @Nullable Instant completedAt,
            @Nullable String note,
            @Nullable Instant cancelledAt) {
        return new FollowUpReminder(id, dueAt, state, fellDueAt, completedBy, completedAt, note, cancelledAt);
    }

    /** Still waiting for a follow-up: scheduled or due. */
    public boolean open() {
        return state == ReminderState.SCHEDULED || state == ReminderState.DUE;
    }

    /** Scheduled, and its due time has come by {@code now}. */
    public boolean dueBy(Instant now) {
        return state == ReminderState.SCHEDULED && !now.isBefore(dueAt);
    }

    void fallDue(Instant now) {
        ReminderState next = TRANSITIONS.apply(state, ReminderAction.FALL_DUE);
        if (now.isBefore(dueAt)) {
            throw new IllegalArgumentException("reminder " + id + " is not due before " + dueAt);
        }
        state = next;
        fellDueAt = now;
    }

    void complete(String by, @Nullable String note, Instant at) {
        state = TRANSITIONS.apply(state, ReminderAction.COMPLETE);
        completedBy = by;
        completedAt = at;
        this.note = note;
    }

    void cancel(Instant at) {
        state = TRANSITIONS.apply(state, ReminderAction.CANCEL);
        cancelledAt = at;
    }

    public ReminderId id() {
        return id;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public ReminderState state() {
        return state;
    }

    /** When the service found it due; null unless it fell due. */
    public @Nullable Instant fellDueAt() {
        return fellDueAt;
    }

    /** Who held the follow-up; null unless done. */
    public @Nullable String completedBy() {
        return completedBy;
    }

    public @Nullable Instant completedAt() {
        return completedAt;
    }

    /** The coordinator's note on the follow-up, if any. */
    public @Nullable String note() {
        return note;
    }

    public @Nullable Instant cancelledAt() {
        return cancelledAt;
    }
}
