package dk.infohus.screening.policecheck.application;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.screening.policecheck.domain.AgeGroup;
import dk.infohus.screening.policecheck.domain.ConcernDetails;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** All police checks screening holds. */
public interface PoliceChecks {

    /**
     * What the screening queue shows of a police check: ids and codes, no personal data.
     *
     * @param nextDueAt the earliest deadline still running, null when none is
     * @param earlierConcerns the case ids of earlier concerns about the same subject, oldest first
     */
    record QueueEntry(
            PoliceCheckId id,
            String municipality,
            PoliceCheckState state,
            boolean acute,
            AgeGroup ageGroup,
            Instant receivedAt,
            @Nullable Instant nextDueAt,
            List<UUID> earlierConcerns) {

        public QueueEntry {
            earlierConcerns = List.copyOf(earlierConcerns);
        }

        /** Which concern about its subject this is: 1 for the first. */
        public int concernNumberAboutSubject() {
            return ConcernDetails.numberAfter(earlierConcerns);
        }

        public boolean isOverdueAt(Instant now) {
            return nextDueAt != null && !now.isBefore(nextDueAt);
        }
    }

    /**
     * Which checks a queue shows; a null filter field does not filter.
     *
     * @param municipalities the caller's municipalities, or those of them they chose
     * @param overdue true for overdue checks only, false for those not overdue
     */
    record QueueFilter(
            PoliceCheckState state,
            Set<String> municipalities,
            @Nullable AgeGroup ageGroup,
            @Nullable Boolean acute,
            @Nullable Boolean overdue) {

        public QueueFilter {
            municipalities = Set.copyOf(municipalities);
        }
    }

    /**
     * One page of a queue, acute first, then overdue, then by due time.
     *
     * @param page counted from 0
     * @param hasNext whether a further page has checks
     */
    record QueuePage(List<QueueEntry> entries, int page, int size, boolean hasNext) {

        public QueuePage {
            entries = List.copyOf(entries);
        }
    }

    /**
     * How many checks wait in these states in these municipalities, and how many of them are past their
     * earliest running deadline at {@code now}: counted by the store, no check is read.
     */
    WaitingChecks countWaiting(Set<PoliceCheckState> states, Set<String> municipalities, Instant now);

    /** A count of waiting checks: no ids, no personal data. */
    record WaitingChecks(long waiting, long overdue) {}

    /**
     * Stores a new police check, the events its opening caused and the id of the event that caused it,
     * in one write; a redelivery of that event does nothing.
     *
     * @return false if this very event opened the check before (a redelivery), so nothing was stored
     * @throws dk.infohus.platform.domain.IllegalTransition if the check exists, opened by another event
     */
    boolean open(PoliceCheck check, List<InfohusEvent> events, String causingEventId);

    Optional<PoliceCheck> find(PoliceCheckId id);

    /**
     * One page of the checks the filter lets through, acute first, then by the earliest running deadline
     * (so overdue ones come before the rest), those without a deadline last. Reads at most {@code size + 1}
     * checks' queue fields, never a subject.
     */
    QueuePage queue(QueueFilter filter, Instant now, int page, int size);

    /**
     * Applies a change and stores state and caused events in one version-checked write. If the check was
     * written in between, the change is applied again to the fresh state, so it is never lost and never
     * based on a stale state; the change must therefore have no effect outside the check, or only one that
     * is harmless to repeat.
     *
     * @return the changed check, or empty if it is unknown
     * @throws org.springframework.dao.OptimisticLockingFailureException if it keeps being changed meanwhile
     */
    Optional<PoliceCheck> change(PoliceCheckId id, Function<PoliceCheck, List<InfohusEvent>> change);
}
