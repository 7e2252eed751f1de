package dk.infohus.intake.challenge.adapter.mongo;

import dk.infohus.intake.challenge.application.UsedChallenges;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoUsedChallenges implements UsedChallenges {

    static final String COLLECTION = "usedChallenges";

    private final MongoTemplate mongo;

    MongoUsedChallenges(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean useFor(String signature, Instant expiresAt, String usedFor) {
        try {
            // an insert, never an upsert: the unique _id refuses the second of two concurrent uses
            mongo.insert(new UsedChallengeDocument(signature, expiresAt, usedFor));
            return true;
        } catch (DuplicateKeyException e) {
            UsedChallengeDocument first = mongo.findById(signature, UsedChallengeDocument.class);
            return first != null && usedFor.equals(first.usedFor());
        }
    }

    @Override
    public long forgetExpiredBefore(Instant now) {
        return mongo.remove(Query.query(Criteria.where("expiresAt").lt(now)), UsedChallengeDocument.class)
                .getDeletedCount();
    }
}
