package dk.infohus.screening.policecheck.domain;

import dk.infohus.calendar.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * The deadlines of a police check.
 *
 * @param policeCheck when the police check is due (reset when an obstructed check comes back)
 * @param childAssessment when the 24-hour assessment of a child is due; null for an adult or unknown age
 */
public record Deadlines(Deadline policeCheck, @Nullable Deadline childAssessment) {}
