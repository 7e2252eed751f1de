package dk.infohus.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Re-publishes what a crash or a Kafka outage left in an outbox. The relay publishes right after each
 * write; this sweep only picks up messages older than a grace period, so the two rarely overlap, and
 * when they do, consumers recognise the duplicate by its event id.
 */
public class OutboxSweep {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweep.class);

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final Clock clock;
    private final Duration grace;
    private final int batchSize;

    public OutboxSweep(MongoTemplate mongo, OutboxRelay relay, Clock clock, Duration grace, int batchSize) {
        this.mongo = mongo;
        this.relay = relay;
        this.clock = clock;
        this.grace = grace;
        this.batchSize = batchSize;
    }

    /** @return how many messages were published */
    public int sweep() {
        Instant cutoff = clock.instant().minus(grace);
        int published = 0;
        for (Class<? extends OutboxDocument> type : documentTypes()) {
            Query leftBehind =
                    Query.query(Criteria.where("outbox.occurredAt").lt(cutoff)).limit(batchSize);
            for (OutboxDocument document : mongo.find(leftBehind, type)) {
                published += relay.relay(type, document.id());
            }
        }
        if (published > 0) {
            log.info("Outbox sweep published {} message(s) left behind", published);
        }
        return published;
    }

    /** Every mapped document type with an outbox. */
    @SuppressWarnings("unchecked")
    List<Class<? extends OutboxDocument>> documentTypes() {
        return mongo.getConverter().getMappingContext().getPersistentEntities().stream()
                .<Class<?>>map(MongoPersistentEntity::getType)
                .filter(OutboxDocument.class::isAssignableFrom)
                .filter(type -> !type.equals(OutboxDocument.class))
                .<Class<? extends OutboxDocument>>map(type -> (Class<? extends OutboxDocument>) type)
                .toList();
    }
}
