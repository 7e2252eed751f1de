package dk.infohus.notification.followup.domain;

import dk.infohus.platform.domain.TransitionTable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The notice a department gets of a referral to it; part of a {@link ReferralFollowUp}. */
public final class DepartmentNotification {

    /** Every transition a notification allows; anything else is an {@code IllegalTransition}. */
    public static final TransitionTable<NotificationState, NotificationAction> TRANSITIONS = TransitionTable.of(
                    "notification", NotificationState.class, NotificationAction.class)
            .allow(NotificationState.UNREAD, NotificationAction.READ, NotificationState.READ)
            .build();

    private NotificationState state;
    private @Nullable String readBy;
    private @Nullable Instant readAt;

    private DepartmentNotification(NotificationState state, @Nullable String readBy, @Nullable Instant readAt) {
        this.state = state;
        this.readBy = readBy;
        this.readAt = readAt;
    }

    static DepartmentNotification unread() {
        return new DepartmentNotification(NotificationState.UNREAD, null, null);
    }

    /** Rebuilds a stored notification. */
    public static DepartmentNotification restore(
            NotificationState state, @Nullable String readBy, @Nullable Instant readAt) {
        return new DepartmentNotification(state, readBy, readAt);
    }

    void read(String caseworker, Instant at) {
        state = TRANSITIONS.apply(state, NotificationAction.READ);
        readBy = caseworker;
        readAt = at;
    }

    public NotificationState state() {
        return state;
    }

    /** The caseworker who read it; null while unread. */
    public @Nullable String readBy() {
        return readBy;
    }

    public @Nullable Instant readAt() {
        return readAt;
    }
}
