package dk.infohus.notification.followup.adapter.mongo;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.notification.followup.application.ReferralFollowUps;
import dk.infohus.notification.followup.domain.NotificationState;
import dk.infohus.notification.followup.domain.ReferralFollowUp;
import dk.infohus.notification.followup.domain.ReferralId;
import dk.infohus.notification.followup.domain.ReminderState;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.outbox.AggregateStore;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxRelay;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Follow-ups in MongoDB: the mapping and the queries; applying changes once is the platform's. */
@Repository
class MongoReferralFollowUps extends AggregateStore<ReferralFollowUp, ReferralFollowUpDocument>
        implements ReferralFollowUps {

    MongoReferralFollowUps(MongoTemplate mongo, Outbox outbox, OutboxRelay relay) {
        super(mongo, outbox, relay, ReferralFollowUpDocument.class);
    }

    @Override
    protected ReferralFollowUpDocument toDocument(ReferralFollowUp followUp) {
        return ReferralFollowUpDocument.of(followUp);
    }

    @Override
    protected ReferralFollowUp toAggregate(ReferralFollowUpDocument document) {
        return document.toFollowUp();
    }

    @Override
    protected void update(ReferralFollowUpDocument document, ReferralFollowUp followUp) {
        document.update(followUp);
    }

    @Override
    protected String aggregateName() {
        return "referral follow-up";
    }

    @Override
    public boolean add(ReferralFollowUp followUp, List<InfohusEvent> events, String causingEventId) {
        return open(new Changed<>(followUp, events), causingEventId);
    }

    @Override
    public Optional<ReferralFollowUp> find(ReferralId id) {
        return loadAggregate(id.toString());
    }

    @Override
    public boolean change(ReferralId id, String causingEventId, Function<ReferralFollowUp, List<InfohusEvent>> change) {
        return change(id.toString(), causingEventId, change).isPresent();
    }

    @Override
    public Optional<ReferralFollowUp> update(ReferralId id, Function<ReferralFollowUp, List<InfohusEvent>> change) {
        return change(id.toString(), null, change);
    }

    @Override
    public List<ReferralFollowUp> notificationsOf(
            String department, Set<String> municipalities, @Nullable NotificationState state) {
        Criteria criteria =
                Criteria.where("department").is(department).and("municipality").in(municipalities);
        if (state != null) {
            criteria = criteria.and("notification.state").is(state.name());
        }
        Query query = Query.query(criteria).with(Sort.by("issuedAt", "_id"));
        return mongo.find(query, ReferralFollowUpDocument.class).stream()
                .map(ReferralFollowUpDocument::toFollowUp)
                .toList();
    }

    @Override
    public List<ReferralFollowUp> reminders(@Nullable ReminderState state, Set<String> municipalities) {
        Query query =
                Query.query(Criteria.where("municipality").in(municipalities)).with(Sort.by("reminder.dueAt", "_id"));
        if (state != null) {
            query.addCriteria(Criteria.where("reminder.state").is(state.name()));
        }
        return mongo.find(query, ReferralFollowUpDocument.class).stream()
                .map(ReferralFollowUpDocument::toFollowUp)
                .toList();
    }

    @Override
    public List<ReferralId> scheduledDueBy(Instant now, int limit) {
        Query query = Query.query(Criteria.where("reminder.state")
                        .is(ReminderState.SCHEDULED.name())
                        .and("reminder.dueAt")
                        .lte(now))
                .with(Sort.by("reminder.dueAt", "_id"))
                .limit(limit);
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, ReferralFollowUpDocument.COLLECTION).stream()
                .map(found -> new ReferralId(UUID.fromString(found.getString("_id"))))
                .toList();
    }
}
