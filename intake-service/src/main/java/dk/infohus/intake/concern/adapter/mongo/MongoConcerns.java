package dk.infohus.intake.concern.adapter.mongo;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.intake.concern.application.Concerns;
import dk.infohus.intake.concern.application.DuplicateSubmission;
import dk.infohus.intake.concern.domain.Concern;
import dk.infohus.intake.concern.domain.ConcernId;
import dk.infohus.intake.concern.domain.SubjectKeys;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.outbox.AggregateStore;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxRelay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Concerns in MongoDB: the mapping and the queries; applying changes once is the platform's. */
@Repository
class MongoConcerns extends AggregateStore<Concern, ConcernDocument> implements Concerns {

    MongoConcerns(MongoTemplate mongo, Outbox outbox, OutboxRelay relay) {
        super(mongo, outbox, relay, ConcernDocument.class);
    }

    @Override
    protected ConcernDocument toDocument(Concern concern) {
        return ConcernDocument.of(concern);
    }

    @Override
    protected Concern toAggregate(ConcernDocument document) {
        return document.toConcern();
    }

    @Override
    protected String stateOf(Concern concern) {
        return concern.status().name();
    }

    @Override
    protected void update(ConcernDocument document, Concern concern) {
        document.update(concern);
    }

    @Override
    protected String aggregateName() {
        return "concern";
    }

    @Override
    public void add(Concern concern, List<InfohusEvent> events) {
        try {
            open(new Changed<>(concern, events), null);
        } catch (DuplicateKeyException duplicate) {
            if (findBySubmissionKey(concern.submissionKey()).isPresent()) {
                throw new DuplicateSubmission(concern.submissionKey());
            }
            throw duplicate;
        }
    }

    /**
     * An equality lookup on the unique {@code submissionKey} index: answered from the index, also by the
     * embedded store (which uses unique indexes for such lookups and no others), so it stays bounded as
     * concerns accumulate.
     */
    @Override
    public Optional<Concern> findBySubmissionKey(String submissionKey) {
        return Optional.ofNullable(mongo.findOne(
                        Query.query(Criteria.where("submissionKey").is(submissionKey)), ConcernDocument.class))
                .map(ConcernDocument::toConcern);
    }

    @Override
    public List<Concern> aboutSubject(String municipality, SubjectKeys keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(Criteria.where("municipality")
                        .is(municipality)
                        .and("subjectKeys")
                        .in(keys.values()))
                .with(Sort.by(Sort.Direction.ASC, "receivedAt"));
        return mongo.find(query, ConcernDocument.class).stream()
                .map(ConcernDocument::toConcern)
                .toList();
    }

    @Override
    public Optional<Concern> find(ConcernId id) {
        return loadAggregate(id.toString());
    }

    @Override
    public Optional<Concern> findByReceiptFingerprint(String fingerprint) {
        return Optional.ofNullable(mongo.findOne(
                        Query.query(Criteria.where("receiptFingerprint").is(fingerprint)), ConcernDocument.class))
                .map(ConcernDocument::toConcern);
    }

    @Override
    public List<Concern> reportedBy(String userId, Set<String> municipalities) {
        Query query = Query.query(Criteria.where("reporterUserId")
                        .is(userId)
                        .and("municipality")
                        .in(municipalities))
                .with(Sort.by(Sort.Direction.DESC, "receivedAt"));
        return mongo.find(query, ConcernDocument.class).stream()
                .map(ConcernDocument::toConcern)
                .toList();
    }

    @Override
    public boolean change(ConcernId id, String causingEventId, Function<Concern, List<InfohusEvent>> change) {
        return change(id.toString(), causingEventId, change).isPresent();
    }
}
