package dk.infohus.assessment.infohuscase.adapter.mongo;

import dk.infohus.assessment.infohuscase.application.InfohusCaseSummary;
import dk.infohus.assessment.infohuscase.application.InfohusCases;
import dk.infohus.assessment.infohuscase.application.VisibleCases;
import dk.infohus.assessment.infohuscase.domain.InfohusCase;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseId;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseState;
import dk.infohus.contracts.InfohusEvent;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.outbox.AggregateStore;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxRelay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Infohus cases in MongoDB: the mapping and the queries; applying changes once is the platform's. */
@Repository
class MongoInfohusCases extends AggregateStore<InfohusCase, InfohusCaseDocument> implements InfohusCases {

    MongoInfohusCases(MongoTemplate mongo, Outbox outbox, OutboxRelay relay) {
        super(mongo, outbox, relay, InfohusCaseDocument.class);
    }

    @Override
    protected InfohusCaseDocument toDocument(InfohusCase infohusCase) {
        return InfohusCaseDocument.of(infohusCase);
    }

    @Override
    protected InfohusCase toAggregate(InfohusCaseDocument document) {
        return document.toInfohusCase();
    }

    @Override
    protected void update(InfohusCaseDocument document, InfohusCase infohusCase) {
        document.update(infohusCase);
    }

    @Override
    protected String aggregateName() {
        return InfohusCase.TRANSITIONS.aggregate();
    }

    @Override
    protected String stateOf(InfohusCase infohusCase) {
        return infohusCase.state().name();
    }

    @Override
    public boolean open(Changed<InfohusCase> opened, String causingEventId) {
        return super.open(opened, causingEventId);
    }

    @Override
    public Optional<InfohusCase> find(InfohusCaseId id) {
        return loadAggregate(id.toString());
    }

    @Override
    public List<InfohusCaseSummary> list(@Nullable InfohusCaseState state, VisibleCases visible) {
        // need to know is part of the query: a case the caller may not see is never even loaded
        Criteria criteria = Criteria.where("municipality").in(visible.municipalities());
        Set<InfohusCaseId> only = visible.onlyCases();
        if (only != null) {
            criteria = criteria.and("_id")
                    .in(only.stream().map(InfohusCaseId::toString).toList());
        }
        if (state != null) {
            criteria = criteria.and("state").is(state.name());
        }
        Query query = Query.query(criteria);
        query.fields().include(InfohusCaseDocument.SUMMARY_FIELDS);
        query.with(Sort.by("presentedAt", "_id"));
        return mongo.find(query, InfohusCaseDocument.class).stream()
                .map(InfohusCaseDocument::toSummary)
                .toList();
    }

    @Override
    public Optional<InfohusCase> change(
            InfohusCaseId id, @Nullable String causingEventId, Function<InfohusCase, List<InfohusEvent>> change) {
        return change(id.toString(), causingEventId, change);
    }
}
