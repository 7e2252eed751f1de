package dk.infohus.gateway.workspace;

import dk.infohus.webui.WaitingWork;
import dk.infohus.webui.WorkLink;
import org.jspecify.annotations.Nullable;

/**
 * One card of the workspace: a kind of work, and how much of it waits.
 *
 * @param link the work and where it is done
 * @param waiting the owning service's count, or null when the work has none or it could not be read
 * @param unreadable the owning service was asked and did not answer in time or not at all
 */
public record WorkCard(WorkLink link, @Nullable WaitingWork waiting, boolean unreadable) {

    static WorkCard withoutCount(WorkLink link) {
        return new WorkCard(link, null, false);
    }

    static WorkCard counted(WorkLink link, WaitingWork waiting) {
        return new WorkCard(link, waiting, false);
    }

    static WorkCard unreadable(WorkLink link) {
        return new WorkCard(link, null, true);
    }

    public boolean hasOverdue() {
        return waiting != null && waiting.overdue() > 0;
    }
}
