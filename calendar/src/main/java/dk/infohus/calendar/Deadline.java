package dk.infohus.calendar;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When something is due.
 *
 * @param dueAt the moment it is overdue from: for a deadline in working days the end of the last working
 *     day in Copenhagen (midnight that follows it), for one in hours exactly that many hours on
 * @param lastWorkingDay the last day it may be done on, for a deadline in working days; null for one in hours
 */
public record Deadline(Instant dueAt, @Nullable LocalDate lastWorkingDay) {

    /** Whether it is overdue at {@code now}: at or after its due moment. */
    public boolean isOverdueAt(Instant now) {
        return !now.isBefore(dueAt);
    }
}
