package dk.infohus.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestTokens;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The chain's head is kept outside the database (the log, the verification answer, the writing
 * instance), so a tail rewritten with recomputed hashes, or cut off, is detected too.
 */
@InfohusServiceTest
class AuditAnchorIT {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    @Autowired
    MongoTemplate mongo;

    TestHttp api;

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
    }

    private void threeReads() {
        String caseId = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            api.as(TestTokens.municipalCoordinator()).get("/api/probes/" + caseId);
        }
    }

    /** Rewrites the last entries with another actor, every hash recomputed: a chain whole in itself. */
    private List<Document> rewriteTail(int entries) {
        var collection = mongo.getCollection(AuditTrail.COLLECTION);
        List<Document> tail = new ArrayList<>();
        collection.find().sort(new Document("_id", -1)).limit(entries).into(tail);
        java.util.Collections.reverse(tail);
        List<Document> originals = tail.stream().map(Document::new).toList();
        String previous = tail.get(0).getString("previousHash");
        for (Document entry : tail) {
            String hash = AuditTrail.hash(
                    previous,
                    entry.getLong("_id"),
                    Instant.parse(entry.getString("atText")),
                    "someone-else",
                    entry.getString("role"),
                    entry.getString("action"),
                    entry.getString("record"),
                    entry.getString("purpose"),
                    entry.getInteger("status"),
                    entry.getString("traceId"));
            collection.replaceOne(
                    new Document("_id", entry.getLong("_id")),
                    new Document(entry)
                            .append("actor", "someone-else")
                            .append("previousHash", previous)
                            .append("hash", hash));
            previous = hash;
        }
        return originals;
    }

    private void restore(List<Document> originals) {
        var collection = mongo.getCollection(AuditTrail.COLLECTION);
        for (Document original : originals) {
            collection.replaceOne(new Document("_id", original.getLong("_id")), original);
        }
    }

    @Test
    void theVerificationNamesTheHeadAndATailRewrittenAfterItIsDetected() {
        threeReads();
        var first = api.as(TestTokens.administrator()).get("/api/audit/verification");
        assertThat(first.json().get("intact").asBoolean()).as(first.toString()).isTrue();
        String head = first.json().get("head").asString();
        long headSeq = Long.parseLong(head.substring(0, head.indexOf(':')));
        // the verification is audited too: the head the answer named is the entry before it
        assertThat(head).matches("\\d+:[0-9a-f]{64}");

        List<Document> originals = rewriteTail(3);
        try {
            // a service started afresh knows no anchor: the rewritten chain looks whole to it
            AuditTrail restarted = new AuditTrail(mongo, Clock.systemUTC());
            assertThat(restarted.verify().intact()).isTrue();

            // the head kept from the earlier verification (or the log) shows the rewrite
            var anchored = restarted.verify(List.of(AuditTrail.Anchor.parse(head)));
            assertThat(anchored.intact()).isFalse();
            assertThat(anchored.firstBrokenSeq()).isEqualTo(headSeq);
            assertThat(anchored.brokenAnchor()).isEqualTo(head);

            var overHttp = api.as(TestTokens.administrator()).get("/api/audit/verification?anchor=" + head);
            assertThat(overHttp.json().get("intact").asBoolean()).isFalse();
            assertThat(overHttp.json().get("brokenAnchor").asString()).isEqualTo(head);

            // the instance that wrote the tail remembers its last entry and sees it without being told
            assertThat(trail.verify().intact()).isFalse();
        } finally {
            restore(originals);
        }
        assertThat(trail.verify(List.of(AuditTrail.Anchor.parse(head))).intact())
                .isTrue();
    }

    @Test
    void aTailCutOffIsDetectedByTheAnchorItHeld() {
        threeReads();
        AuditTrail.Anchor anchor = trail.anchor();
        assertThat(anchor).isNotNull();
        var collection = mongo.getCollection(AuditTrail.COLLECTION);
        Document last = collection.find(new Document("_id", anchor.seq())).first();
        try {
            collection.deleteOne(new Document("_id", anchor.seq()));
            var cut = new AuditTrail(mongo, Clock.systemUTC()).verify(List.of(anchor));
            assertThat(cut.intact()).isFalse();
            assertThat(cut.firstBrokenSeq()).isEqualTo(anchor.seq());
        } finally {
            collection.insertOne(last);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void anAnchorIsTakenOnlyWhenTheChainGrew() {
        threeReads();
        AuditTrail.Anchor taken = trail.anchor();
        assertThat(taken).isNotNull();
        assertThat(trail.anchor()).isNull();
        threeReads();
        assertThat(trail.anchor().seq()).isGreaterThan(taken.seq());
    }

    @Test
    void anAnchorThatIsNotOneIsRefusedNamingTheParameter() {
        var refused = api.as(TestTokens.administrator()).get("/api/audit/verification?anchor=12:xyz");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("anchor");
    }
}
