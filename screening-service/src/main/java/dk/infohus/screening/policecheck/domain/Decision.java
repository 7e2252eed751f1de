package dk.infohus.screening.policecheck.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The two coordinators' decision on a cleared concern.
 *
 * @param reason why it is not presented; null when it is
 * @param presentation the meeting and urgency of a presented concern; null when it is not presented
 * @param explanation the coordinators' words on why it is not presented; null when it is
 * @param receivingUnit the unit a redirected concern is sent to; null unless redirected
 * @param absence the coordinator who could not take part, and why; null when both did
 */
public record Decision(
        DecisionOutcome outcome,
        @Nullable NotPresentedReason reason,
        Coordinators by,
        Instant at,
        @Nullable Presentation presentation,
        @Nullable String explanation,
        @Nullable String receivingUnit,
        @Nullable Absence absence) {

    /** Where and how soon a presented concern goes. */
    public record Presentation(Meeting meeting, boolean urgent) {}
}
