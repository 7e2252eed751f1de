package dk.infohus.screening.policecheck.application;

import dk.infohus.contracts.InfohusEvent;
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

/** All police checks screening holds. */
public interface PoliceChecks {

    /**
     * What the screening queue shows of a police check: ids and codes, no personal data.
     *
     * @param earlierConcerns the case ids of earlier concerns about the same subject, oldest first
     */
    record QueueEntry(
            PoliceCheckId id,
            String municipality,
            PoliceCheckState state,
            boolean acute,
            Instant receivedAt,
            List<UUID> earlierConcerns) {

        public QueueEntry {
            earlierConcerns = List.copyOf(earlierConcerns);
        }

        /** Which concern about its subject this is: 1 for the first. */
        public int concernNumberAboutSubject() {
            return ConcernDetails.numberAfter(earlierConcerns);
        }
    }

    /**
     * Stores a new police check, the events its opening caused and the id of the event that caused it,
     * in one write; a redelivery of that event does nothing.
     *
     * @return false if this very event opened the check before (a redelivery), so nothing was stored
     * @throws dk.infohus.platform.domain.IllegalTransition if the check exists, opened by another event
     */
    boolean open(PoliceCheck check, List<InfohusEvent> events, String causingEventId);

    Optional<PoliceCheck> find(PoliceCheckId id);

    /** The checks of these municipalities in a state: acute first, then oldest first. */
    List<QueueEntry> inState(PoliceCheckState state, Set<String> municipalities);

    /**
     * Applies a change and stores state and caused events in one version-checked write. If the check was
     * written in between, the change is applied again to the fresh state, so it is never lost and never
     * based on a stale state; the change must therefore have no effect outside the check.
     *
     * @return the changed check, or empty if it is unknown
     * @throws org.springframework.dao.OptimisticLockingFailureException if it keeps being changed meanwhile
     */
    Optional<PoliceCheck> change(PoliceCheckId id, Function<PoliceCheck, List<InfohusEvent>> change);
}
