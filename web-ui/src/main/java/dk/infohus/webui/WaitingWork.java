package dk.infohus.webui;

/**
 * How much of one kind of work waits for the signed-in person, as the owning service answers it at a
 * {@link WorkLink#waitingPath()} ({@code {"waiting": 7, "overdue": 2}}) and the workspace shows it ("7
 * venter, 2 over fristen"). Counts only: no personal data.
 *
 * @param waiting items that wait for the person's action, within what they may see
 * @param overdue of those, the ones past their due time
 */
public record WaitingWork(long waiting, long overdue) {

    public WaitingWork {
        if (waiting < 0 || overdue < 0 || overdue > waiting) {
            throw new IllegalArgumentException(
                    "waiting and overdue are counts, overdue at most waiting: " + waiting + ", " + overdue);
        }
    }
}
