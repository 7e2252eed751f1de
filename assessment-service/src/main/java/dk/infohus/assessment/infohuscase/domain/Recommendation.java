package dk.infohus.assessment.infohuscase.domain;

import dk.infohus.platform.domain.InvalidInput;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Infohus's overall assessment with the national assessment tool and its recommendation. Qualitative
 * only: the tool has no score and no risk level. A recommendation is no authority decision; each
 * department decides under its own law.
 *
 * @param departments codes of the departments to inform, at least one, each once, in the order given
 * @param focusDimensions the dimensions to focus on, each once, in the tool's order; may be none
 * @param mainProblems the main problems Infohus sees
 * @param resources the person's or group's resources, to build on
 * @param recordedBy who recorded the recommendation: the coordinator's user id, from their sign-in
 */
public record Recommendation(
        List<String> departments,
        List<AssessmentDimension> focusDimensions,
        String mainProblems,
        String resources,
        String recordedBy,
        Instant recordedAt) {

    public Recommendation {
        if (departments.isEmpty()) {
            throw new InvalidInput("departments", "recommend at least one department to inform");
        }
        departments = departments.stream().distinct().toList();
        focusDimensions = focusDimensions.stream()
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
        requireText(mainProblems, "mainProblems", "describe the main problems");
        requireText(resources, "resources", "describe the resources to build on");
        requireText(recordedBy, "recordedBy", "say who records the recommendation");
    }

    /** A recommendation as a coordinator enters it: department and dimension codes checked and read. */
    public static Recommendation of(
            DepartmentCatalogue catalogue,
            List<String> departmentCodes,
            List<String> dimensionCodes,
            String mainProblems,
            String resources,
            String recordedBy,
            Instant recordedAt) {
        List<String> departments = departmentCodes.stream()
                .map(code -> catalogue.require(code, "departments").code())
                .toList();
        List<AssessmentDimension> dimensions = dimensionCodes.stream()
                .map(code -> AssessmentDimension.ofCode(code, "focusDimensions"))
                .toList();
        return new Recommendation(departments, dimensions, mainProblems, resources, recordedBy, recordedAt);
    }

    public List<String> focusDimensionCodes() {
        return focusDimensions.stream().map(AssessmentDimension::code).toList();
    }

    static void requireText(String text, String field, String message) {
        if (text.isBlank()) {
            throw new InvalidInput(field, message);
        }
    }

    @Override
    public String toString() {
        // main problems and resources are special-category data about a person
        return "Recommendation[" + departments + ", " + focusDimensionCodes() + ", redacted]";
    }
}
