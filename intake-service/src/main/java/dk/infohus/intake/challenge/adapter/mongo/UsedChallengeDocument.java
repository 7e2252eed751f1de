package dk.infohus.intake.challenge.adapter.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A challenge whose solution was accepted, by its signature (the server's HMAC of the challenge: one per
 * challenge). The id is the unique index that lets only one of two concurrent uses in. No personal data.
 */
@Document(MongoUsedChallenges.COLLECTION)
record UsedChallengeDocument(@Id String signature, @Indexed Instant expiresAt) {}
