package dk.infohus.screening.policecheck.adapter.mongo;

import dk.infohus.screening.policecheck.application.LookAgainAgenda;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The look-again agenda as one document per day, whose id is the day ({@code 2027-01-04}), listing the
 * checks due back that day, and one document remembering the last day worked through. Every read is by
 * id, the one index every MongoDB (and the embedded test store, which ignores the others) uses: the daily
 * look reads the lists of the days due, however many checks are obstructed.
 */
@Repository
class MongoLookAgainAgenda implements LookAgainAgenda {

    static final String COLLECTION = "lookAgainAgenda";
    static final String DONE_THROUGH = "done-through";

    private final MongoTemplate mongo;

    MongoLookAgainAgenda(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(LocalDate day, PoliceCheckId check) {
        mongo.upsert(byId(day.toString()), new Update().addToSet("checks", check.toString()), COLLECTION);
    }

    @Override
    public List<PoliceCheckId> on(LocalDate day) {
        Document list = mongo.findById(day.toString(), Document.class, COLLECTION);
        if (list == null) {
            return List.of();
        }
        return list.getList("checks", String.class, List.of()).stream()
                .map(id -> new PoliceCheckId(UUID.fromString(id)))
                .toList();
    }

    @Override
    public Optional<LocalDate> doneThrough() {
        return Optional.ofNullable(mongo.findById(DONE_THROUGH, Document.class, COLLECTION))
                .map(done -> LocalDate.parse(done.getString("day")));
    }

    @Override
    public void done(LocalDate day) {
        mongo.remove(byId(day.toString()), COLLECTION);
        mongo.upsert(byId(DONE_THROUGH), new Update().set("day", day.toString()), COLLECTION);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
