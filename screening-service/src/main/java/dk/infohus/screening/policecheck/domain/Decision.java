package dk.infohus.screening.policecheck.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The two coordinators' decision on a cleared concern.
 *
 * @param reason why it is not presented; null when it is
 */
public record Decision(DecisionOutcome outcome, @Nullable NotPresentedReason reason, Coordinators by, Instant at) {}
