package dk.infohus.intake.concern.application;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.intake.concern.domain.Concern;
import dk.infohus.intake.concern.domain.ConcernId;
import dk.infohus.intake.concern.domain.SubjectKeys;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** All concerns intake holds. */
public interface Concerns {

    /**
     * Stores a new concern and the events its receipt caused, in one write.
     *
     * @throws DuplicateSubmission when a concern with its submission key is stored already
     */
    void add(Concern concern, List<InfohusEvent> events);

    Optional<Concern> find(ConcernId id);

    Optional<Concern> findByReceiptFingerprint(String fingerprint);

    Optional<Concern> findBySubmissionKey(String submissionKey);

    /** Concerns in this municipality sharing any of these blind-index keys, oldest first. */
    List<Concern> aboutSubject(String municipality, SubjectKeys keys);

    /** The concerns this signed-in user reported to any of these municipalities, newest first. */
    List<Concern> reportedBy(String userId, Set<String> municipalities);

    /**
     * Applies a change caused by a consumed event and stores state, caused events and the event id in
     * one write; does nothing if that event was applied before.
     *
     * @return false if the concern is unknown
     */
    boolean change(ConcernId id, String causingEventId, Function<Concern, List<InfohusEvent>> change);
}
