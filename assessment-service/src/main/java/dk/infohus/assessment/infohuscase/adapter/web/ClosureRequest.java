package dk.infohus.assessment.infohuscase.adapter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Infohus ends its work on a case. Who closes it is the signed-in coordinator, never a field of the body.
 *
 * @param reason why, in the coordinator's words
 */
record ClosureRequest(@NotBlank @Size(max = 2_000) String reason) {}
