package dk.infohus.platform.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * This service's audit trail, append-only and hash-chained: each entry's hash covers its content and the
 * hash of the entry before, so editing or removing an entry breaks the chain from there on, and
 * {@link #verify()} says where. Kept in its own collection, apart from case data; no API changes it.
 */
public class AuditTrail {

    public static final String COLLECTION = "auditTrail";
    static final String GENESIS = "0".repeat(64);

    private final MongoTemplate mongo;
    private final Clock clock;

    /**
     * The last entry this instance knows of (sequence number and hash), so that appending is one insert
     * and not a search for the chain's end: on a store without an index on {@code _id} order (the embedded
     * one) that search read the whole trail for every request. Reloaded when another instance appended.
     */
    private @Nullable Head head;

    private record Head(long seq, String hash) {}

    public AuditTrail(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** What {@link #verify()} found. */
    public record Verification(
            boolean intact, long entries, @Nullable Long firstBrokenSeq) {}

    /** Appends an entry; the entry's sequence number is its id, so two writers can never both take one. */
    public synchronized AuditEntry append(
            String actor,
            String role,
            String action,
            String record,
            String purpose,
            int status,
            @Nullable String traceId) {
        while (true) {
            Head known = head != null ? head : lastEntry();
            long seq = known.seq() + 1;
            Instant at = clock.instant();
            String hash = hash(known.hash(), seq, at, actor, role, action, record, purpose, status, traceId);
            AuditEntry entry =
                    new AuditEntry(seq, at, actor, role, action, record, purpose, status, traceId, known.hash(), hash);
            try {
                mongo.getCollection(COLLECTION).insertOne(toDocument(entry));
                head = new Head(seq, hash);
                return entry;
            } catch (com.mongodb.MongoWriteException e) {
                if (e.getError().getCode() != 11000) {
                    throw e;
                }
                // another instance took this sequence number first: chain onto its entry
                head = null;
            } catch (DuplicateKeyException e) {
                // the same, reported through Spring's translation
                head = null;
            }
        }
    }

    private Head lastEntry() {
        Document last = mongo.getCollection(COLLECTION)
                .find()
                .sort(new Document("_id", -1))
                .limit(1)
                .first();
        return last == null ? new Head(0, GENESIS) : new Head(last.getLong("_id"), last.getString("hash"));
    }

    /** Walks the whole chain and recomputes every hash. */
    public Verification verify() {
        String previous = GENESIS;
        long expectedSeq = 1;
        long count = 0;
        for (Document document : mongo.getCollection(COLLECTION).find().sort(new Document("_id", 1))) {
            AuditEntry entry = fromDocument(document);
            count++;
            String recomputed = hash(
                    previous,
                    entry.seq(),
                    entry.at(),
                    entry.actor(),
                    entry.role(),
                    entry.action(),
                    entry.record(),
                    entry.purpose(),
                    entry.status(),
                    entry.traceId());
            if (entry.seq() != expectedSeq
                    || !entry.previousHash().equals(previous)
                    || !entry.hash().equals(recomputed)) {
                return new Verification(false, count, expectedSeq);
            }
            previous = entry.hash();
            expectedSeq++;
        }
        return new Verification(true, count, null);
    }

    /** Everyone who accessed a record, oldest first. */
    public List<AuditEntry> about(String record) {
        List<AuditEntry> entries = new ArrayList<>();
        Query query = Query.query(Criteria.where("record").is(record)).with(Sort.by("_id"));
        for (Document document : mongo.find(query, Document.class, COLLECTION)) {
            entries.add(fromDocument(document));
        }
        return entries;
    }

    static String hash(
            String previousHash,
            long seq,
            Instant at,
            String actor,
            String role,
            String action,
            String record,
            String purpose,
            int status,
            @Nullable String traceId) {
        String content = String.join(
                "\u001f",
                previousHash,
                Long.toString(seq),
                at.toString(),
                actor,
                role,
                action,
                record,
                purpose,
                Integer.toString(status),
                traceId == null ? "" : traceId);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Document toDocument(AuditEntry entry) {
        return new Document("_id", entry.seq())
                .append("at", java.util.Date.from(entry.at()))
                .append("atText", entry.at().toString())
                .append("actor", entry.actor())
                .append("role", entry.role())
                .append("action", entry.action())
                .append("record", entry.record())
                .append("purpose", entry.purpose())
                .append("status", entry.status())
                .append("traceId", entry.traceId())
                .append("previousHash", entry.previousHash())
                .append("hash", entry.hash());
    }

    private static AuditEntry fromDocument(Document document) {
        return new AuditEntry(
                document.getLong("_id"),
                Instant.parse(document.getString("atText")),
                document.getString("actor"),
                document.getString("role"),
                document.getString("action"),
                document.getString("record"),
                document.getString("purpose"),
                document.getInteger("status"),
                document.getString("traceId"),
                document.getString("previousHash"),
                document.getString("hash"));
    }
}
