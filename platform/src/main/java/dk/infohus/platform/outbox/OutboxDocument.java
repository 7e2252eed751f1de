package dk.infohus.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Version;

/**
 * Base of every aggregate document. One document write stores, together and atomically: the
 * aggregate's state, the events that change caused ({@code outbox}) and the ids of the events this
 * aggregate has already consumed ({@code processedEventIds}). No multi-document transaction is needed,
 * so this works on a standalone MongoDB, a replica set and the embedded MongoDB-wire server alike.
 */
public abstract class OutboxDocument {

    /** Optimistic lock: a write based on a stale read fails instead of overwriting. */
    @Version
    private @Nullable Long version;

    private List<OutboxMessage> outbox = new ArrayList<>();

    private List<String> processedEventIds = new ArrayList<>();

    /** The document's {@code _id}. */
    public abstract Object id();

    public boolean hasProcessed(String eventId) {
        return processedEventIds.contains(eventId);
    }

    /** Records a consumed event id; saved in the same write as the effect it had. */
    public void markProcessed(String eventId) {
        if (!hasProcessed(eventId)) {
            processedEventIds.add(eventId);
        }
    }

    public void addToOutbox(List<OutboxMessage> messages) {
        outbox.addAll(messages);
    }

    public List<OutboxMessage> outbox() {
        return List.copyOf(outbox);
    }

    public List<String> processedEventIds() {
        return List.copyOf(processedEventIds);
    }

    public @Nullable Long version() {
        return version;
    }
}
