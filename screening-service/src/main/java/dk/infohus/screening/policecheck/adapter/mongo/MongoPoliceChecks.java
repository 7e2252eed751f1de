package dk.infohus.screening.policecheck.adapter.mongo;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.outbox.AggregateStore;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxRelay;
import dk.infohus.screening.policecheck.application.PoliceChecks;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Police checks in MongoDB: the mapping and the queries; applying changes once is the platform's. */
@Repository
class MongoPoliceChecks extends AggregateStore<PoliceCheck, PoliceCheckDocument> implements PoliceChecks {

    /** All the queue reads: never the subject, so no personal data leaves the database for a list. */
    static final String[] QUEUE_FIELDS = {
        "municipality", "state", "acute", "ageGroup", "receivedAt", "sortDue", "earlierConcerns"
    };

    MongoPoliceChecks(MongoTemplate mongo, Outbox outbox, OutboxRelay relay) {
        super(mongo, outbox, relay, PoliceCheckDocument.class);
    }

    @Override
    protected PoliceCheckDocument toDocument(PoliceCheck check) {
        return PoliceCheckDocument.of(check);
    }

    @Override
    protected PoliceCheck toAggregate(PoliceCheckDocument document) {
        return document.toPoliceCheck();
    }

    @Override
    protected void update(PoliceCheckDocument document, PoliceCheck check) {
        document.update(check);
    }

    @Override
    protected String stateOf(PoliceCheck check) {
        return check.state().name();
    }

    @Override
    protected String aggregateName() {
        return "police check";
    }

    @Override
    public boolean open(PoliceCheck check, List<InfohusEvent> events, String causingEventId) {
        return open(new Changed<>(check, events), causingEventId);
    }

    @Override
    public Optional<PoliceCheck> find(PoliceCheckId id) {
        return loadAggregate(id.toString());
    }

    @Override
    public QueuePage queue(QueueFilter filter, Instant now, int page, int size) {
        Criteria criteria = Criteria.where("state")
                .is(filter.state().name())
                .and("municipality")
                .in(filter.municipalities());
        if (filter.ageGroup() != null) {
            criteria = criteria.and("ageGroup").is(filter.ageGroup().name());
        }
        if (filter.acute() != null) {
            criteria = criteria.and("acute").is(filter.acute());
        }
        if (filter.overdue() != null) {
            criteria = filter.overdue()
                    ? criteria.and("sortDue").lte(now)
                    : criteria.and("sortDue").gt(now);
        }
        // acute first; then by the earliest running deadline, so the overdue ones come before the rest
        Query query = Query.query(criteria)
                .with(Sort.by(Sort.Order.desc("acute"), Sort.Order.asc("sortDue"), Sort.Order.asc("_id")))
                .skip((long) page * size)
                .limit(size + 1);
        query.fields().include(QUEUE_FIELDS);
        List<QueueEntry> found = mongo.find(query, PoliceCheckDocument.class).stream()
                .map(PoliceCheckDocument::toQueueEntry)
                .toList();
        boolean hasNext = found.size() > size;
        return new QueuePage(hasNext ? found.subList(0, size) : found, page, size, hasNext);
    }

    @Override
    public WaitingChecks countWaiting(Set<PoliceCheckState> states, Set<String> municipalities, Instant now) {
        Criteria waiting = Criteria.where("state")
                .in(states.stream().map(Enum::name).toList())
                .and("municipality")
                .in(municipalities);
        long all = mongo.count(Query.query(waiting), PoliceCheckDocument.class);
        long overdue = all == 0
                ? 0
                : mongo.count(
                        Query.query(Criteria.where("state")
                                .in(states.stream().map(Enum::name).toList())
                                .and("municipality")
                                .in(municipalities)
                                .and("sortDue")
                                .lte(now)),
                        PoliceCheckDocument.class);
        return new WaitingChecks(all, overdue);
    }

    @Override
    public Optional<PoliceCheck> change(PoliceCheckId id, Function<PoliceCheck, List<InfohusEvent>> change) {
        return change(id.toString(), null, change);
    }
}
