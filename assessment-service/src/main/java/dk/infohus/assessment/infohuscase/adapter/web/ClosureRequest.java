package dk.infohus.assessment.infohuscase.adapter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Infohus ends its work on a case.
 *
 * @param reason why, in the coordinator's words
 * @param closedBy who closes it; given in the body until sign-in comes
 */
record ClosureRequest(
        @NotBlank @Size(max = 2_000) String reason,
        @NotBlank @Size(max = 100) String closedBy) {}
