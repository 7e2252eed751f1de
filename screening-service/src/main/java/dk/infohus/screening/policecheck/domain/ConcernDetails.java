package dk.infohus.screening.policecheck.domain;

import dk.infohus.calendar.WorkingDays;
import dk.infohus.contracts.PersonalData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What screening keeps of the concern intake received: enough to screen it and, if it is presented,
 * to tell Infohus whom it is about.
 *
 * @param municipality kommunekode of the municipality that owns the case
 * @param acute the reporter said there is immediate danger; acute concerns are screened first
 * @param concernSigns codes of the plan's concern signs the reporter ticked
 * @param receivedAt when intake received the concern
 * @param subject the person or group, and everything the reporter told about them
 * @param earlierConcerns the case ids of earlier concerns about the same person or group in the same
 *     municipality, oldest first, as intake matched them; empty for a first concern
 */
public record ConcernDetails(
        String municipality,
        boolean acute,
        SubjectKind subjectKind,
        List<String> concernSigns,
        Instant receivedAt,
        PersonalData subject,
        List<UUID> earlierConcerns) {

    public ConcernDetails {
        concernSigns = List.copyOf(concernSigns);
        earlierConcerns = List.copyOf(earlierConcerns);
    }

    @Override
    public String toString() {
        return "ConcernDetails[" + municipality + ", acute=" + acute + ", " + subjectKind + ", redacted]";
    }

    /** A first concern about its subject. */
    public ConcernDetails(
            String municipality,
            boolean acute,
            SubjectKind subjectKind,
            List<String> concernSigns,
            Instant receivedAt,
            PersonalData subject) {
        this(municipality, acute, subjectKind, concernSigns, receivedAt, subject, List.of());
    }

    /** Whether the concern is about a child, on the day intake received it (in Copenhagen). */
    public AgeGroup ageGroup() {
        return AgeGroup.of(
                subjectKind, subject, receivedAt.atZone(WorkingDays.COPENHAGEN).toLocalDate());
    }

    /** Which concern about its subject this is: 1 for the first, 3 when two came before it. */
    public int concernNumberAboutSubject() {
        return numberAfter(earlierConcerns);
    }

    /** The number of a concern that has these earlier concerns about the same subject. */
    public static int numberAfter(List<UUID> earlierConcerns) {
        return earlierConcerns.size() + 1;
    }
}
