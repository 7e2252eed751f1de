package dk.infohus.screening.policecheck.domain;

import dk.infohus.contracts.PersonalData;
import java.time.Instant;
import java.util.List;

/**
 * What screening keeps of the concern intake received: enough to screen it and, if it is presented,
 * to tell Infohus whom it is about.
 *
 * @param municipality kommunekode of the municipality that owns the case
 * @param acute the reporter said there is immediate danger; acute concerns are screened first
 * @param concernSigns codes of the plan's concern signs the reporter ticked
 * @param receivedAt when intake received the concern
 * @param subject the person or group, and the reporter's account
 */
public record ConcernDetails(
        String municipality,
        boolean acute,
        SubjectKind subjectKind,
        List<String> concernSigns,
        Instant receivedAt,
        PersonalData subject) {

    public ConcernDetails {
        concernSigns = List.copyOf(concernSigns);
    }
}
