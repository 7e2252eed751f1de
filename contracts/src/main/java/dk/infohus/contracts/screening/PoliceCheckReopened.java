package dk.infohus.contracts.screening;

import dk.infohus.contracts.InfohusEvent;
import java.time.Instant;
import java.util.UUID;

/** The day to look again at an obstructed check came: it is back in the police coordinator's queue. */
public record PoliceCheckReopened(UUID caseId, String municipality, Instant occurredAt) implements InfohusEvent {}
