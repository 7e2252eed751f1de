package dk.infohus.contracts.screening;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.PersonalData;
import java.time.Instant;
import java.util.UUID;

/**
 * The two coordinators decided that Infohus shall analyse and assess the concern. Carries the person
 * because the Infohus members must know whom they gather information about.
 */
public record ConcernPresentedToInfohus(
        UUID caseId,
        String municipality,
        Instant occurredAt,
        String municipalCoordinator,
        String policeCoordinator,
        String subjectKind,
        PersonalData subject)
        implements InfohusEvent {}
