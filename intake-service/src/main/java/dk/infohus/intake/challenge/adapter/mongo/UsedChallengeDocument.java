package dk.infohus.intake.challenge.adapter.mongo;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A challenge whose solution was accepted, by its signature (the server's HMAC of the challenge: one per
 * challenge). The id is the unique index that lets only one of two concurrent uses in. {@code usedFor} is a
 * digest of the submission it was shown for (a double click shows it again for the same one). No personal
 * data.
 */
@Document(MongoUsedChallenges.COLLECTION)
record UsedChallengeDocument(
        @Id String signature,
        @Indexed Instant expiresAt,
        @Nullable String usedFor) {}
