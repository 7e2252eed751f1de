package dk.infohus.contracts.screening;

import dk.infohus.contracts.InfohusEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The police found no criminal or acute security matter and nothing that prevents Infohus handling.
 *
 * @param officer the police coordinator's id
 */
public record PoliceCheckCleared(UUID caseId, String municipality, Instant occurredAt, String officer)
        implements InfohusEvent {}
