package dk.infohus.platform.outbox;

import dk.infohus.platform.events.CloudEventCodec;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes the outbox of one aggregate document right after the write that filled it, in order, with
 * the idempotent producer, and removes each message once Kafka has acknowledged it. If Kafka is away,
 * the circuit breaker keeps requests from waiting on it and {@link OutboxSweep} publishes later: a
 * message leaves the outbox only after an acknowledgement, so a crash at any point loses nothing and
 * at worst publishes a message twice, which consumers recognise by its id.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final CloudEventCodec codec;
    private final CircuitBreaker breaker;
    private final Duration ackTimeout;
    private final Executor executor;

    public OutboxRelay(
            MongoTemplate mongo,
            KafkaTemplate<String, byte[]> kafka,
            CloudEventCodec codec,
            CircuitBreaker breaker,
            Duration ackTimeout,
            Executor executor) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.codec = codec;
        this.breaker = breaker;
        this.ackTimeout = ackTimeout;
        this.executor = executor;
    }

    /**
     * Publishes the outbox of the document on the relay's own threads, at once, so that the request or
     * listener that wrote it never waits on Kafka. The trace of the caller goes along. If the relay is
     * saturated the messages wait for the sweep; they are in the document either way.
     */
    public void relaySoon(Class<? extends OutboxDocument> type, Object id) {
        try {
            executor.execute(() -> relay(type, id));
        } catch (RejectedExecutionException e) {
            log.debug("Relay busy; outbox of {} {} waits for the sweep", type.getSimpleName(), id);
        }
    }

    /**
     * Publishes what waits in the outbox of the document; never throws, since the write it follows has
     * already succeeded and the sweep retries whatever is left.
     *
     * @return how many messages Kafka acknowledged
     */
    public int relay(Class<? extends OutboxDocument> type, Object id) {
        try {
            return breaker.executeSupplier(() -> publish(type, id));
        } catch (CallNotPermittedException e) {
            log.debug("Kafka circuit open; outbox of {} {} waits for the sweep", type.getSimpleName(), id);
        } catch (RuntimeException e) {
            log.warn(
                    "Outbox of {} {} not published yet, the sweep retries: {}", type.getSimpleName(), id, e.toString());
        }
        return 0;
    }

    private int publish(Class<? extends OutboxDocument> type, Object id) {
        OutboxDocument document = mongo.findById(id, type);
        if (document == null || document.outbox().isEmpty()) {
            return 0;
        }
        List<OutboxMessage> pending = document.outbox();
        List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>();
        for (OutboxMessage message : pending) {
            sends.add(kafka.send(codec.toRecord(message)));
        }
        List<String> acknowledged = new ArrayList<>();
        RuntimeException failure = null;
        for (int i = 0; i < sends.size() && failure == null; i++) {
            try {
                sends.get(i).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(pending.get(i).eventId());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted while waiting for Kafka", e);
            } catch (ExecutionException | TimeoutException e) {
                failure = new IllegalStateException(
                        "Kafka did not acknowledge " + pending.get(i).type(), e);
            }
        }
        remove(type, id, acknowledged);
        if (failure != null) {
            throw failure;
        }
        return acknowledged.size();
    }

    private void remove(Class<? extends OutboxDocument> type, Object id, List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        // by collection name, not entity type: Spring Data would raise the document's version, and a user's
        // change loaded a moment before would fail as concurrent. Such a writer may instead put a published
        // message back; it is published again with the same id, and consumers recognise it.
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id)),
                new Update().pull("outbox", new Document("eventId", new Document("$in", eventIds))),
                mongo.getCollectionName(type));
    }
}
