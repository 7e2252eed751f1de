package dk.infohus.notification.followup.application;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.notification.followup.domain.NotificationState;
import dk.infohus.notification.followup.domain.ReferralFollowUp;
import dk.infohus.notification.followup.domain.ReferralId;
import dk.infohus.notification.followup.domain.ReminderState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The follow-ups of all referrals, one per referral. */
public interface ReferralFollowUps {

    /**
     * Stores a new follow-up, the events its creation caused and the id of the event that caused it, in
     * one write.
     *
     * @return false if this very event recorded the referral before (a redelivery), so nothing changes
     * @throws dk.infohus.platform.domain.IllegalTransition if another event recorded the referral
     */
    boolean add(ReferralFollowUp followUp, List<InfohusEvent> events, String causingEventId);

    Optional<ReferralFollowUp> find(ReferralId id);

    /**
     * Applies a change caused by a consumed event and stores state, caused events and the event id in
     * one write; does nothing if that event was applied before.
     *
     * @return false if the referral is unknown
     */
    boolean change(ReferralId id, String causingEventId, Function<ReferralFollowUp, List<InfohusEvent>> change);

    /**
     * Applies a change a person or the schedule asked for and stores state and caused events in one
     * version-checked write.
     *
     * @return the changed follow-up, or empty if the referral is unknown
     */
    Optional<ReferralFollowUp> update(ReferralId id, Function<ReferralFollowUp, List<InfohusEvent>> change);

    /**
     * A department's notifications in these municipalities, oldest referral first; a {@code null} state
     * matches every state.
     */
    List<ReferralFollowUp> notificationsOf(
            String department, Set<String> municipalities, @Nullable NotificationState state);

    /**
     * Reminders in these municipalities, the one due first first; a {@code null} state matches every
     * state.
     */
    List<ReferralFollowUp> reminders(@Nullable ReminderState state, Set<String> municipalities);

    /** Referrals whose reminder is still scheduled but due by {@code now}, the one due first first. */
    List<ReferralId> scheduledDueBy(Instant now, int limit);
}
