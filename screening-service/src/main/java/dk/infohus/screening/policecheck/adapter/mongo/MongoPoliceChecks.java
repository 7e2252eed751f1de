package dk.infohus.screening.policecheck.adapter.mongo;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxRelay;
import dk.infohus.platform.outbox.OutboxStore;
import dk.infohus.screening.policecheck.application.PoliceChecks;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoPoliceChecks extends OutboxStore<PoliceCheckDocument> implements PoliceChecks {

    private static final Logger log = LoggerFactory.getLogger(MongoPoliceChecks.class);

    /** How often a change is decided again when the check was written in between. */
    static final int CHANGE_ATTEMPTS = 5;

    /** All the queue reads: never the subject, so no personal data leaves the database for a list. */
    static final String[] QUEUE_FIELDS = {"municipality", "state", "acute", "receivedAt", "earlierConcerns"};

    MongoPoliceChecks(MongoTemplate mongo, Outbox outbox, OutboxRelay relay) {
        super(mongo, outbox, relay, PoliceCheckDocument.class);
    }

    @Override
    public boolean open(PoliceCheck check, List<InfohusEvent> events, String causingEventId) {
        String id = check.id().toString();
        Optional<PoliceCheckDocument> existing = load(id);
        if (existing.isPresent()) {
            return alreadyOpen(existing.get(), causingEventId);
        }
        try {
            write(PoliceCheckDocument.of(check), events, causingEventId);
            return true;
        } catch (DuplicateKeyException e) {
            // opened by someone else between the read and the insert
            return alreadyOpen(load(id).orElseThrow(() -> e), causingEventId);
        }
    }

    private static boolean alreadyOpen(PoliceCheckDocument document, String causingEventId) {
        if (!document.hasProcessed(causingEventId)) {
            log.warn(
                    "Police check {} exists already; event {} about the same case ignored",
                    document.id(),
                    causingEventId);
        }
        return false;
    }

    @Override
    public Optional<PoliceCheck> find(PoliceCheckId id) {
        return load(id.toString()).map(PoliceCheckDocument::toPoliceCheck);
    }

    @Override
    public List<QueueEntry> inState(PoliceCheckState state, Set<String> municipalities) {
        Query query = Query.query(Criteria.where("state")
                        .is(state.name())
                        .and("municipality")
                        .in(municipalities))
                .with(Sort.by(Sort.Order.desc("acute"), Sort.Order.asc("receivedAt"), Sort.Order.asc("_id")));
        query.fields().include(QUEUE_FIELDS);
        return mongo.find(query, PoliceCheckDocument.class).stream()
                .map(PoliceCheckDocument::toQueueEntry)
                .toList();
    }

    @Override
    public Optional<PoliceCheck> change(PoliceCheckId id, Function<PoliceCheck, List<InfohusEvent>> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return load(id.toString()).map(document -> {
                    PoliceCheck check = document.toPoliceCheck();
                    List<InfohusEvent> events = change.apply(check);
                    document.update(check);
                    write(document, events, null);
                    return check;
                });
            } catch (OptimisticLockingFailureException e) {
                // written in between, by the outbox relay removing what it published or by another
                // person: the change is decided again on the fresh state, where the transition table
                // refuses what is no longer allowed
                if (attempt == CHANGE_ATTEMPTS) {
                    throw e;
                }
                log.debug("Police check {} changed meanwhile; attempt {} again", id, attempt + 1);
            }
        }
    }
}
