package dk.infohus.assessment.infohuscase.adapter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Infohus's assessment and recommendation as the coordinator records it after the analysis meeting. Who
 * records it is the signed-in coordinator, never a field of the body.
 *
 * @param departments codes of the departments to inform (see {@code GET /api/departments}), at least one
 * @param focusDimensions codes of the assessment tool's dimensions to focus on (see {@code GET
 *     /api/assessment-dimensions}); may be empty
 * @param mainProblems the main problems Infohus sees
 * @param resources the resources to build on
 */
record RecommendationRequest(
        @NotNull @Size(min = 1, max = 10) List<@NotNull @Size(max = 60) String> departments,
        @NotNull @Size(max = 9) List<@NotNull @Size(max = 60) String> focusDimensions,
        @NotBlank @Size(max = 10_000) String mainProblems,
        @NotBlank @Size(max = 10_000) String resources) {}
