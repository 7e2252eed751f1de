package dk.infohus.contracts.screening;

import dk.infohus.contracts.InfohusEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The two coordinators decided that Infohus shall analyse and assess the concern. For the police systems:
 * ids and codes, no person; the person goes to assessment alone, in {@link ConcernHandedOverToInfohus}.
 *
 * @param meeting {@code NEXT_AD_HOC} or {@code NEXT_FIXED}: the Infohus meeting it goes to
 * @param urgent the coordinators asked for it to be handled first
 */
public record ConcernPresentedToInfohus(
        UUID caseId,
        String municipality,
        Instant occurredAt,
        String municipalCoordinator,
        String policeCoordinator,
        String meeting,
        boolean urgent)
        implements InfohusEvent {}
