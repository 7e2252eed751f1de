package dk.infohus.notification.followup.adapter.mongo;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.notification.followup.application.ReferralFollowUps;
import dk.infohus.notification.followup.domain.NotificationState;
import dk.infohus.notification.followup.domain.ReferralFollowUp;
import dk.infohus.notification.followup.domain.ReferralId;
import dk.infohus.notification.followup.domain.ReminderState;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxRelay;
import dk.infohus.platform.outbox.OutboxStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoReferralFollowUps extends OutboxStore<ReferralFollowUpDocument> implements ReferralFollowUps {

    private static final Logger log = LoggerFactory.getLogger(MongoReferralFollowUps.class);

    MongoReferralFollowUps(MongoTemplate mongo, Outbox outbox, OutboxRelay relay) {
        super(mongo, outbox, relay, ReferralFollowUpDocument.class);
    }

    @Override
    public boolean add(ReferralFollowUp followUp, List<InfohusEvent> events, String causingEventId) {
        try {
            // the referral id is the document id: a second insert of the same referral fails
            write(ReferralFollowUpDocument.of(followUp), events, causingEventId);
            return true;
        } catch (DuplicateKeyException e) {
            ReferralFollowUpDocument existing = load(followUp.id().toString()).orElseThrow(() -> e);
            if (!existing.hasProcessed(causingEventId)) {
                log.warn(
                        "Referral {} was recorded from another event; event {} changes nothing",
                        followUp.id(),
                        causingEventId);
            }
            return false;
        }
    }

    @Override
    public Optional<ReferralFollowUp> find(ReferralId id) {
        return load(id.toString()).map(ReferralFollowUpDocument::toFollowUp);
    }

    @Override
    public boolean change(ReferralId id, String causingEventId, Function<ReferralFollowUp, List<InfohusEvent>> change) {
        Optional<ReferralFollowUpDocument> loaded = load(id.toString());
        if (loaded.isEmpty()) {
            return false;
        }
        ReferralFollowUpDocument document = loaded.get();
        if (document.hasProcessed(causingEventId)) {
            return true;
        }
        ReferralFollowUp followUp = document.toFollowUp();
        List<InfohusEvent> events = change.apply(followUp);
        document.update(followUp);
        write(document, events, causingEventId);
        return true;
    }

    @Override
    public Optional<ReferralFollowUp> update(ReferralId id, Function<ReferralFollowUp, List<InfohusEvent>> change) {
        Optional<ReferralFollowUpDocument> loaded = load(id.toString());
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        ReferralFollowUpDocument document = loaded.get();
        ReferralFollowUp followUp = document.toFollowUp();
        List<InfohusEvent> events = change.apply(followUp);
        document.update(followUp);
        write(document, events, null);
        return Optional.of(followUp);
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
