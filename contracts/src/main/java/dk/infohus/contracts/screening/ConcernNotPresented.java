package dk.infohus.contracts.screening;

import dk.infohus.contracts.InfohusEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The two coordinators decided not to present the concern to Infohus.
 *
 * @param reason {@code UNFOUNDED} (closed) or {@code REDIRECTED} (for example a child-welfare notification)
 */
public record ConcernNotPresented(
        UUID caseId,
        String municipality,
        Instant occurredAt,
        String municipalCoordinator,
        String policeCoordinator,
        String reason)
        implements InfohusEvent {}
