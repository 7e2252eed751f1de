package dk.infohus.platform.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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

    /**
     * Heads this instance wrote or logged, kept outside the database: a tail rewritten in the store with
     * hashes recomputed makes a chain that is whole in itself, but no longer holds these.
     */
    private final Deque<Anchor> anchors = new ArrayDeque<>();

    private static final int KEPT_ANCHORS = 1000;

    private @Nullable Anchor lastWritten;

    public AuditTrail(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * A point of the chain held outside the database: the entry at {@code seq} has this {@code hash}. Its
     * text form {@code seq:hash} is what the log's {@code AUDIT ANCHOR} lines and the verification
     * answer show, and what {@code GET /api/audit/verification?anchor=} takes.
     */
    public record Anchor(long seq, String hash) {

        /** Reads {@code seq:hash}. */
        public static Anchor parse(String text) {
            int colon = text.indexOf(':');
            if (colon <= 0 || !text.substring(colon + 1).matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("an anchor is seq:hash (64 lowercase hex digits)");
            }
            try {
                return new Anchor(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("an anchor is seq:hash (64 lowercase hex digits)", e);
            }
        }

        @Override
        public String toString() {
            return seq + ":" + hash;
        }
    }

    /**
     * What {@link #verify} found.
     *
     * @param head the chain's last entry as it is now ({@code seq:hash}); keep it outside Infohus to check
     *     later that the tail up to it was not rewritten
     * @param anchorsChecked how many anchors held outside the database were compared
     * @param brokenAnchor the first anchor the chain no longer holds, if any
     */
    public record Verification(
            boolean intact,
            long entries,
            @Nullable Long firstBrokenSeq,
            @Nullable String head,
            int anchorsChecked,
            @Nullable String brokenAnchor) {}

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
                lastWritten = new Anchor(seq, hash);
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

    /**
     * The chain's head as it is now, written to the log and kept as an anchor outside the database;
     * {@code null} when nothing was appended since the last one.
     */
    public synchronized @Nullable Anchor anchor() {
        Head now = lastEntry();
        if (now.seq() == 0 || (!anchors.isEmpty() && anchors.peekLast().seq() == now.seq())) {
            return null;
        }
        Anchor anchor = new Anchor(now.seq(), now.hash());
        anchors.addLast(anchor);
        while (anchors.size() > KEPT_ANCHORS) {
            anchors.removeFirst();
        }
        return anchor;
    }

    /** Walks the whole chain, recomputes every hash and checks the anchors this instance holds. */
    public Verification verify() {
        return verify(List.of());
    }

    /**
     * Walks the whole chain and recomputes every hash, then checks that the chain still holds every
     * anchor: those given (from the log, or an earlier verification) and those this instance wrote or
     * logged. A rewritten or cut tail shows as a broken anchor even when its hashes were recomputed.
     */
    public Verification verify(List<Anchor> given) {
        List<Anchor> held = new ArrayList<>(given);
        synchronized (this) {
            held.addAll(anchors);
            if (lastWritten != null) {
                held.add(lastWritten);
            }
        }
        Map<Long, String> expected = new HashMap<>();
        for (Anchor anchor : held) {
            expected.putIfAbsent(anchor.seq(), anchor.hash());
        }
        String previous = GENESIS;
        long expectedSeq = 1;
        long count = 0;
        Long broken = null;
        String brokenAnchor = null;
        Map<Long, String> found = new HashMap<>();
        for (Document document : mongo.getCollection(COLLECTION).find().sort(new Document("_id", 1))) {
            AuditEntry entry = fromDocument(document);
            count++;
            if (broken != null) {
                continue;
            }
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
                broken = expectedSeq;
                continue;
            }
            if (expected.containsKey(entry.seq())) {
                found.put(entry.seq(), entry.hash());
            }
            previous = entry.hash();
            expectedSeq++;
        }
        String head = count == 0 || broken != null ? null : (expectedSeq - 1) + ":" + previous;
        if (broken == null) {
            for (Anchor anchor : held.stream()
                    .sorted(java.util.Comparator.comparingLong(Anchor::seq))
                    .toList()) {
                if (!anchor.hash().equals(found.get(anchor.seq()))) {
                    broken = anchor.seq();
                    brokenAnchor = anchor.toString();
                    break;
                }
            }
        }
        return new Verification(broken == null, count, broken, head, expected.size(), brokenAnchor);
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
