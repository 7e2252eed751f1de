package dk.infohus.referral.referral.adapter.mongo;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.outbox.AggregateStore;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxRelay;
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

/** The referrals of every case in MongoDB: the mapping and the queries; applying once is the platform's. */
@Repository
class MongoReferrals extends AggregateStore<CaseReferrals, CaseReferralsDocument> implements Referrals {

    MongoReferrals(MongoTemplate mongo, Outbox outbox, OutboxRelay relay) {
        super(mongo, outbox, relay, CaseReferralsDocument.class);
    }

    @Override
    protected CaseReferralsDocument toDocument(CaseReferrals caseReferrals) {
        return CaseReferralsDocument.of(caseReferrals);
    }

    @Override
    protected CaseReferrals toAggregate(CaseReferralsDocument document) {
        return document.toCaseReferrals();
    }

    @Override
    protected void update(CaseReferralsDocument document, CaseReferrals caseReferrals) {
        document.update(caseReferrals);
    }

    @Override
    protected String aggregateName() {
        return "case referrals";
    }

    @Override
    public boolean apply(
            CaseId id,
            String causingEventId,
            Supplier<Changed<CaseReferrals>> create,
            Function<CaseReferrals, List<InfohusEvent>> change) {
        // a later recommendation is the domain's own "recommended again", not a second opening
        return openOrChange(id.toString(), causingEventId, create, change);
    }

    @Override
    public Optional<CaseReferrals> findByReferral(ReferralId id) {
        return Optional.ofNullable(mongo.findOne(withReferral(id), CaseReferralsDocument.class))
                .map(CaseReferralsDocument::toCaseReferrals);
    }

    @Override
    public Optional<CaseReferrals> changeByReferral(ReferralId id, Function<CaseReferrals, List<InfohusEvent>> change) {
        return change(withReferral(id), null, change);
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

    private static Query withReferral(ReferralId id) {
        return Query.query(Criteria.where("referrals.referralId").is(id.toString()));
    }
}
