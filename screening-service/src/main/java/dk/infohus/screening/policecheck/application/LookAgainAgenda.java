package dk.infohus.screening.policecheck.application;

import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The days obstructed checks are due back in the queue, one entry per day: what the daily look reads is
 * the entries of the days due, found by their key, never a scan of every check. An entry may be stale (the
 * check was taken over meanwhile); the check itself decides.
 */
public interface LookAgainAgenda {

    /** Puts the check on that day's list; adding it twice is adding it once. */
    void add(LocalDate day, PoliceCheckId check);

    /** The checks on that day's list. */
    List<PoliceCheckId> on(LocalDate day);

    /** The last day whose list was worked through and removed, if any. */
    Optional<LocalDate> doneThrough();

    /** That day's list was worked through: removes it and remembers the day. */
    void done(LocalDate day);
}
