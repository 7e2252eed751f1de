package dk.infohus.platform.outbox;

import dk.infohus.contracts.InfohusEvent;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Base of a service's MongoDB adapter for one aggregate: every write stores the state, the events it
 * caused and the id of the event that caused it in one document write, then relays the events.
 *
 * @param <D> the aggregate's document
 */
public abstract class OutboxStore<D extends OutboxDocument> {

    protected final MongoTemplate mongo;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final Class<D> type;

    protected OutboxStore(MongoTemplate mongo, Outbox outbox, OutboxRelay relay, Class<D> type) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
        this.type = type;
    }

    protected Optional<D> load(Object id) {
        return Optional.ofNullable(mongo.findById(id, type));
    }

    /**
     * Writes the document with the events its change caused and, for a consumer, the id of the event it
     * consumed: all in one document write (insert for a new document, a version-checked replace for a
     * loaded one). Then publishes the events at once.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException if the document changed since it was loaded
     * @throws org.springframework.dao.DuplicateKeyException if a new document's id already exists
     */
    protected D write(D document, List<? extends InfohusEvent> events, @Nullable String consumedEventId) {
        document.addToOutbox(outbox.messagesFor(events));
        if (consumedEventId != null) {
            document.markProcessed(consumedEventId);
        }
        D saved = mongo.save(document);
        if (!events.isEmpty()) {
            relay.relaySoon(type, saved.id());
        }
        return saved;
    }
}
