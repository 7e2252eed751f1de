package dk.infohus.contracts.screening;

import dk.infohus.contracts.InfohusEvent;
import java.time.Instant;
import java.util.UUID;

/** The police coordinator has a concern to screen; acute ones first. */
public record PoliceCheckOpened(UUID caseId, String municipality, Instant occurredAt, boolean acute)
        implements InfohusEvent {}
