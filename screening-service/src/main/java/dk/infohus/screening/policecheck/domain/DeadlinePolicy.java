package dk.infohus.screening.policecheck.domain;

import dk.infohus.calendar.Deadline;
import java.time.Instant;

/** How long a municipality gives the police check, and the child assessment's 24 hours. */
public interface DeadlinePolicy {

    /** The police check of a concern of {@code municipality} counted from {@code from}: working days. */
    Deadline policeCheck(String municipality, Instant from);

    /** The 24-hour assessment of whether a child needs acute measures, counted from intake's receipt: hours. */
    Deadline childAssessment(Instant receivedAt);
}
