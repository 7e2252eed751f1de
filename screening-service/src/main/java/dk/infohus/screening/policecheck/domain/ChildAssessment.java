package dk.infohus.screening.policecheck.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The municipality's assessment, within 24 hours of receiving a concern about a child, of whether the
 * child's health or development is in danger and acute measures are needed (Barnets Lov).
 *
 * @param coordinator the municipal coordinator's user id
 */
public record ChildAssessment(
        String coordinator,
        boolean acuteMeasuresNeeded,
        @Nullable String note,
        Instant at) {}
