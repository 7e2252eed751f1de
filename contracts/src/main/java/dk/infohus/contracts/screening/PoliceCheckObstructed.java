package dk.infohus.contracts.screening;

import dk.infohus.contracts.InfohusEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Something prevents Infohus from handling the concern now; the police look at it again on a date.
 *
 * @param officer the police coordinator's id
 * @param reason the obstacle's code, e.g. {@code ONGOING_INVESTIGATION}
 * @param lookAgainOn the day the check comes back to the queue
 */
public record PoliceCheckObstructed(
        UUID caseId, String municipality, Instant occurredAt, String officer, String reason, LocalDate lookAgainOn)
        implements InfohusEvent {}
