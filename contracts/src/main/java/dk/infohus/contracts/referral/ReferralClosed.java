package dk.infohus.contracts.referral;

import dk.infohus.contracts.InfohusEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The department reported back and closed the referral.
 *
 * @param outcome {@code MEASURES_STARTED} or {@code NO_MEASURES}; what the measures are stays with the department
 */
public record ReferralClosed(
        UUID caseId,
        String municipality,
        Instant occurredAt,
        UUID referralId,
        String department,
        String caseworker,
        String outcome)
        implements InfohusEvent {}
