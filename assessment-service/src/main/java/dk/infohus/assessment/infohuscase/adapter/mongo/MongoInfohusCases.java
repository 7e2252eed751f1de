package dk.infohus.assessment.infohuscase.adapter.mongo;

import dk.infohus.assessment.infohuscase.application.InfohusCaseSummary;
import dk.infohus.assessment.infohuscase.application.InfohusCases;
import dk.infohus.assessment.infohuscase.application.VisibleCases;
import dk.infohus.assessment.infohuscase.domain.InfohusCase;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseId;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseState;
import dk.infohus.contracts.InfohusEvent;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.IllegalTransition;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxRelay;
import dk.infohus.platform.outbox.OutboxStore;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoInfohusCases extends OutboxStore<InfohusCaseDocument> implements InfohusCases {

    MongoInfohusCases(MongoTemplate mongo, Outbox outbox, OutboxRelay relay) {
        super(mongo, outbox, relay, InfohusCaseDocument.class);
    }

    @Override
    public boolean open(Changed<InfohusCase> opened, String causingEventId) {
        InfohusCaseDocument document = InfohusCaseDocument.of(opened.aggregate());
        try {
            // a new document (no version yet) is inserted: a case id that exists already is refused
            write(document, opened.events(), causingEventId);
            return true;
        } catch (DuplicateKeyException exists) {
            InfohusCaseDocument existing = load(document.id()).orElseThrow(() -> exists);
            if (existing.hasProcessed(causingEventId)) {
                return false;
            }
            // presented again by another event: not ours to guess what it means, so it goes to the dead letters
            throw new IllegalTransition(InfohusCase.TRANSITIONS.aggregate(), existing.state(), "OPEN");
        }
    }

    @Override
    public Optional<InfohusCase> find(InfohusCaseId id) {
        return load(id.toString()).map(InfohusCaseDocument::toInfohusCase);
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
        Optional<InfohusCaseDocument> loaded = load(id.toString());
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        InfohusCaseDocument document = loaded.get();
        if (causingEventId != null && document.hasProcessed(causingEventId)) {
            return Optional.of(document.toInfohusCase());
        }
        InfohusCase infohusCase = document.toInfohusCase();
        List<InfohusEvent> events = change.apply(infohusCase);
        document.update(infohusCase);
        write(document, events, causingEventId);
        return Optional.of(infohusCase);
    }
}
