package dk.infohus.contracts.assessment;

import dk.infohus.contracts.InfohusEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Infohus assessed the concern and recommends which departments to inform. Infohus makes no authority
 * decision: each department decides under its own law.
 *
 * @param departments codes of the departments to refer to, e.g. {@code boern-og-forebyggelse}
 * @param focusDimensions codes of the assessment tool's dimensions to focus on
 */
public record RecommendationMade(
        UUID caseId, String municipality, Instant occurredAt, List<String> departments, List<String> focusDimensions)
        implements InfohusEvent {

    public RecommendationMade {
        departments = List.copyOf(departments);
        focusDimensions = List.copyOf(focusDimensions);
    }
}
