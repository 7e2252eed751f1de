package dk.infohus.platform.outbox;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A change that lost to other writes of the same aggregate {@value AggregateStore#CHANGE_ATTEMPTS} times in a
 * row. It names the state the aggregate is in now, as a wrong transition does, so that the person or system
 * that asked can decide again: over REST a 409 with {@code currentState}; a consumer retries it as any
 * version conflict.
 */
public class ConcurrentChange extends OptimisticLockingFailureException {

    private final String aggregate;
    private final @Nullable String currentState;

    public ConcurrentChange(String aggregate, @Nullable String currentState, Throwable lastConflict) {
        super(
                aggregate + " was changed meanwhile" + (currentState == null ? "" : "; it is now " + currentState),
                lastConflict);
        this.aggregate = aggregate;
        this.currentState = currentState;
    }

    public String aggregate() {
        return aggregate;
    }

    /** The aggregate's state after the writes that won, or null if its store names none or it is gone. */
    public @Nullable String currentState() {
        return currentState;
    }
}
