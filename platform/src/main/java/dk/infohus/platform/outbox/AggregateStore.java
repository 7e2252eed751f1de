package dk.infohus.platform.outbox;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.IllegalTransition;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The one way a service applies a change to an aggregate: load, skip if the causing event was applied
 * before, apply, and store state, caused events and the causing event's id in one document write. A
 * service's MongoDB adapter extends this with its mapping ({@link #toDocument}, {@link #toAggregate},
 * {@link #update}) and its queries, and nothing else.
 *
 * <p>The policies, the same in every service:
 *
 * <ul>
 *   <li><b>A redelivered event</b> (its id is among the document's processed ids) changes nothing.
 *   <li><b>A version conflict</b> (the document was written between load and write: by a person, the
 *       schedule, or another listener) decides the change again on the fresh state, up to
 *       {@value #CHANGE_ATTEMPTS} times; the transition table then refuses what is no longer allowed.
 *       A change must therefore have no effect outside the aggregate.
 *   <li><b>An event that opens an aggregate that exists already</b>, opened by another event, is refused
 *       with {@link IllegalTransition}: the listener does not retry it and it goes to the dead-letter
 *       topic, where a person sees it. Ignoring it would lose what the second event said (a concern,
 *       a referral), and merging it would guess what the producer meant; the producer's contract is one
 *       opening event per aggregate, so a second one is a fault to look at, not to paper over. Where the
 *       domain itself defines what a second event means (referral: "recommended again"), the service
 *       says so with {@link #openOrChange}.
 * </ul>
 *
 * @param <A> the aggregate
 * @param <D> its document
 */
public abstract class AggregateStore<A, D extends OutboxDocument> extends OutboxStore<D> {

    /** How often a change is decided again when its aggregate was written in between. */
    public static final int CHANGE_ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(AggregateStore.class);

    private final Class<D> type;

    protected AggregateStore(MongoTemplate mongo, Outbox outbox, OutboxRelay relay, Class<D> type) {
        super(mongo, outbox, relay, type);
        this.type = type;
    }

    /** A new document holding the aggregate. */
    protected abstract D toDocument(A aggregate);

    /** The aggregate a stored document holds. */
    protected abstract A toAggregate(D document);

    /** Copies the aggregate's state into the document it was loaded from (keeping version, outbox, ids). */
    protected abstract void update(D document, A aggregate);

    /** What the aggregate is called in a refusal, e.g. {@code police check}. */
    protected String aggregateName() {
        return mongo.getCollectionName(type);
    }

    /**
     * The aggregate's state in the words its refusals use (e.g. {@code CLEARED}), named by a {@link
     * ConcurrentChange}; null (the default) for an aggregate without one state.
     */
    protected @Nullable String stateOf(A aggregate) {
        return null;
    }

    /** The aggregate with this document id. */
    protected Optional<A> loadAggregate(Object id) {
        return load(id).map(this::toAggregate);
    }

    /**
     * Stores a new aggregate with the events its opening caused and, for one opened by a consumed event,
     * that event's id, in one write.
     *
     * @param causingEventId the consumed event's id, or null for an aggregate a person opened
     * @return true if it was stored; false if this very event opened it before (a redelivery)
     * @throws IllegalTransition if the aggregate exists already, opened by another event or a person
     * @throws DuplicateKeyException if another unique index refuses it (its id is free)
     */
    protected boolean open(Changed<A> opened, @Nullable String causingEventId) {
        D document = toDocument(opened.aggregate());
        Object id = document.id();
        try {
            // a new document has no version yet: it is inserted, and an id that exists is refused
            write(document, opened.events(), causingEventId);
            return true;
        } catch (DuplicateKeyException exists) {
            D existing = load(id).orElseThrow(() -> exists);
            if (causingEventId != null && existing.hasProcessed(causingEventId)) {
                return false;
            }
            log.warn(
                    "{} {} exists already; event {} that opens it again goes to the dead letters",
                    aggregateName(),
                    id,
                    causingEventId);
            throw new IllegalTransition(aggregateName(), "EXISTS", "OPEN");
        }
    }

    /**
     * Applies a change to the aggregate with this document id; see {@link #change(Query, String, Function)}.
     */
    protected Optional<A> change(
            Object id,
            @Nullable String causingEventId,
            Function<? super A, ? extends List<? extends InfohusEvent>> change) {
        return change(Query.query(Criteria.where("_id").is(id)), causingEventId, change);
    }

    /**
     * Applies a change to the aggregate the query finds and stores its state, the events it caused and
     * the causing event's id in one version-checked write. An event applied before is not applied again;
     * a version conflict decides the change again on the fresh state.
     *
     * @param causingEventId the consumed event's id, or null for a change a person or the schedule asked for
     * @return the aggregate after the change (unchanged for a redelivered event), or empty if none is found
     * @throws ConcurrentChange if it keeps being written meanwhile, naming the state it is in now
     */
    protected Optional<A> change(
            Query query,
            @Nullable String causingEventId,
            Function<? super A, ? extends List<? extends InfohusEvent>> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                D document = mongo.findOne(query, type);
                if (document == null) {
                    return Optional.empty();
                }
                A aggregate = toAggregate(document);
                if (causingEventId != null && document.hasProcessed(causingEventId)) {
                    return Optional.of(aggregate);
                }
                List<? extends InfohusEvent> events = change.apply(aggregate);
                update(document, aggregate);
                write(document, events, causingEventId);
                return Optional.of(aggregate);
            } catch (OptimisticLockingFailureException conflict) {
                retryOrThrow(attempt, conflict, query, () -> mongo.findOne(query, type));
            }
        }
    }

    /**
     * For an event whose meaning the domain defines whether or not the aggregate exists: opens it if it
     * does not, changes it if it does. Both in one write with the event's id; a redelivery does nothing.
     *
     * @return false if the event was applied before and nothing was done
     */
    protected boolean openOrChange(
            Object id,
            String causingEventId,
            Supplier<Changed<A>> open,
            Function<? super A, ? extends List<? extends InfohusEvent>> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<D> loaded = load(id);
                if (loaded.isEmpty()) {
                    Changed<A> opened = open.get();
                    write(toDocument(opened.aggregate()), opened.events(), causingEventId);
                    return true;
                }
                D document = loaded.get();
                if (document.hasProcessed(causingEventId)) {
                    return false;
                }
                A aggregate = toAggregate(document);
                List<? extends InfohusEvent> events = change.apply(aggregate);
                update(document, aggregate);
                write(document, events, causingEventId);
                return true;
            } catch (OptimisticLockingFailureException | DuplicateKeyException conflict) {
                // changed, or opened by another write, between load and write: decide again on what is stored
                retryOrThrow(attempt, conflict, id, () -> load(id).orElse(null));
            }
        }
    }

    private void retryOrThrow(int attempt, RuntimeException conflict, Object which, Supplier<@Nullable D> storedNow) {
        if (attempt >= CHANGE_ATTEMPTS) {
            D now = storedNow.get();
            throw new ConcurrentChange(aggregateName(), now == null ? null : stateOf(toAggregate(now)), conflict);
        }
        log.debug("{} {} written meanwhile; attempt {} again", aggregateName(), which, attempt + 1);
    }
}
