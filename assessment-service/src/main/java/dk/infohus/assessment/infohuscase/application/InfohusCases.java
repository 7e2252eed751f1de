package dk.infohus.assessment.infohuscase.application;

import dk.infohus.assessment.infohuscase.domain.InfohusCase;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseId;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseState;
import dk.infohus.contracts.InfohusEvent;
import dk.infohus.platform.domain.Changed;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** All Infohus cases assessment holds. */
public interface InfohusCases {

    /**
     * Stores a case that a consumed event opened, with the events it caused and that event's id, in one
     * write.
     *
     * @return false if this very event opened the case before (a redelivery): nothing is written
     * @throws dk.infohus.platform.domain.IllegalTransition if the case exists, opened by another event
     */
    boolean open(Changed<InfohusCase> opened, String causingEventId);

    Optional<InfohusCase> find(InfohusCaseId id);

    /** The visible cases in a state, or in every state when {@code state} is null, oldest presented first. */
    List<InfohusCaseSummary> list(@Nullable InfohusCaseState state, VisibleCases visible);

    /**
     * Applies a change and stores state and caused events in one version-checked write. For a change
     * caused by a consumed event, its id is stored in the same write, and an event applied before is
     * not applied again.
     *
     * @param causingEventId the consumed event's id, or null for a command over REST
     * @return the case as it is after the change, or empty if the case is unknown
     * @throws org.springframework.dao.OptimisticLockingFailureException if the case changed meanwhile
     */
    Optional<InfohusCase> change(
            InfohusCaseId id, @Nullable String causingEventId, Function<InfohusCase, List<InfohusEvent>> change);
}
