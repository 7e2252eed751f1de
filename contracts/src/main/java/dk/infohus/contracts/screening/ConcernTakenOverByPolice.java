package dk.infohus.contracts.screening;

import dk.infohus.contracts.InfohusEvent;
import java.time.Instant;
import java.util.UUID;

/** The concern is criminal or acute and stays with the police alone; Infohus does not handle it. */
public record ConcernTakenOverByPolice(UUID caseId, String municipality, Instant occurredAt, String officer)
        implements InfohusEvent {}
