package dk.infohus.screening.policecheck.domain;

import java.time.Instant;
import java.time.LocalDate;

/** What keeps a concern from Infohus for now, and the day the police look at it again. */
public record Obstacle(ObstacleReason reason, LocalDate lookAgainOn, Officer by, Instant at) {}
