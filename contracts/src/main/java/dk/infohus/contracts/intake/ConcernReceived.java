package dk.infohus.contracts.intake;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.PersonalData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Intake accepted a concern and gave the reporter a receipt. Screening opens a police check on it.
 *
 * @param subjectKind {@code PERSON} or {@code GROUP}
 * @param reporterKind {@code CITIZEN}, {@code STAFF} or {@code PARTNER}
 * @param acute the reporter said there is immediate danger
 * @param concernSigns codes of the plan's concern signs the reporter ticked, an aid and not a checklist
 * @param earlierConcerns the case ids of earlier concerns about the same person or group in the same
 *     municipality, oldest first, as matched by intake's blind index; empty for a first concern
 */
public record ConcernReceived(
        UUID caseId,
        String municipality,
        Instant occurredAt,
        String subjectKind,
        String reporterKind,
        boolean acute,
        List<String> concernSigns,
        PersonalData subject,
        List<UUID> earlierConcerns)
        implements InfohusEvent {

    public ConcernReceived {
        concernSigns = List.copyOf(concernSigns);
        earlierConcerns = earlierConcerns == null ? List.of() : List.copyOf(earlierConcerns);
    }

    /** A first concern about its subject. */
    public ConcernReceived(
            UUID caseId,
            String municipality,
            Instant occurredAt,
            String subjectKind,
            String reporterKind,
            boolean acute,
            List<String> concernSigns,
            PersonalData subject) {
        this(caseId, municipality, occurredAt, subjectKind, reporterKind, acute, concernSigns, subject, List.of());
    }
}
