package dk.infohus.referral.referral.adapter.mongo;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxRelay;
import dk.infohus.platform.outbox.OutboxStore;
import dk.infohus.referral.referral.application.Referrals;
import dk.infohus.referral.referral.domain.CaseId;
import dk.infohus.referral.referral.domain.CaseReferrals;
import dk.infohus.referral.referral.domain.ReferralId;
import dk.infohus.referral.referral.domain.ReferralState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoReferrals extends OutboxStore<CaseReferralsDocument> implements Referrals {

    MongoReferrals(MongoTemplate mongo, Outbox outbox, OutboxRelay relay) {
        super(mongo, outbox, relay, CaseReferralsDocument.class);
    }

    @Override
    public boolean apply(
            CaseId id,
            String causingEventId,
            Supplier<Changed<CaseReferrals>> create,
            Function<CaseReferrals, List<InfohusEvent>> change) {
        Optional<CaseReferralsDocument> loaded = load(id.toString());
        if (loaded.isEmpty()) {
            // the case id is the document id: should another write create it first, this insert fails
            // with a duplicate key, the listener retries, and the retry takes the branch below
            Changed<CaseReferrals> created = create.get();
            write(CaseReferralsDocument.of(created.aggregate()), created.events(), causingEventId);
            return true;
        }
        CaseReferralsDocument document = loaded.get();
        if (document.hasProcessed(causingEventId)) {
            return false;
        }
        CaseReferrals caseReferrals = document.toCaseReferrals();
        List<InfohusEvent> events = change.apply(caseReferrals);
        document.update(caseReferrals);
        write(document, events, causingEventId);
        return true;
    }

    @Override
    public Optional<CaseReferrals> findByReferral(ReferralId id) {
        return documentWithReferral(id).map(CaseReferralsDocument::toCaseReferrals);
    }

    @Override
    public Optional<CaseReferrals> changeByReferral(ReferralId id, Function<CaseReferrals, List<InfohusEvent>> change) {
        Optional<CaseReferralsDocument> loaded = documentWithReferral(id);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        CaseReferralsDocument document = loaded.get();
        CaseReferrals caseReferrals = document.toCaseReferrals();
        List<InfohusEvent> events = change.apply(caseReferrals);
        document.update(caseReferrals);
        write(document, events, null);
        return Optional.of(caseReferrals);
    }

    @Override
    public List<CaseReferrals> withReferralsTo(
            String department, @Nullable ReferralState state, Set<String> municipalities) {
        Criteria referral = Criteria.where("department").is(department);
        if (state != null) {
            referral = referral.and("state").is(state.name());
        }
        Criteria inbox = Criteria.where("municipality")
                .in(municipalities)
                .and("referrals")
                .elemMatch(referral);
        return mongo.find(Query.query(inbox), CaseReferralsDocument.class).stream()
                .map(CaseReferralsDocument::toCaseReferrals)
                .toList();
    }

    private Optional<CaseReferralsDocument> documentWithReferral(ReferralId id) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where("referrals.referralId").is(id.toString())), CaseReferralsDocument.class));
    }
}
