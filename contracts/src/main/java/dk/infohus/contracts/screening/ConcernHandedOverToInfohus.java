package dk.infohus.contracts.screening;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.PersonalData;
import java.time.Instant;
import java.util.UUID;

/**
 * Screening hands a presented concern over to Infohus: the person, because the Infohus members must know
 * whom they gather information about. Travels on {@code screening.infohus-handover.v1}, which only
 * assessment reads; never on the topic the police systems consume.
 *
 * @param meeting {@code NEXT_AD_HOC} or {@code NEXT_FIXED}
 * @param urgent the coordinators asked for it to be handled first
 * @param subjectKind {@code PERSON} or {@code GROUP}
 */
public record ConcernHandedOverToInfohus(
        UUID caseId,
        String municipality,
        Instant occurredAt,
        String municipalCoordinator,
        String policeCoordinator,
        String meeting,
        boolean urgent,
        String subjectKind,
        PersonalData subject)
        implements InfohusEvent {}
