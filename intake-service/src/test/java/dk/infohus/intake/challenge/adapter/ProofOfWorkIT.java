package dk.infohus.intake.challenge.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.contracts.Topics;
import dk.infohus.intake.challenge.application.ProofOfWork;
import dk.infohus.intake.challenge.application.Solutions;
import dk.infohus.intake.challenge.domain.Challenge;
import dk.infohus.intake.challenge.domain.Refusal;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestHttp.Response;
import dk.infohus.testing.TestKafka;
import dk.infohus.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** The public form's proof of work against the running intake service and its MongoDB. */
@InfohusServiceTest
class ProofOfWorkIT {

    private static final String USED = "usedChallenges";

    @LocalServerPort
    int port;

    @Autowired
    ProofOfWork proofOfWork;

    @Autowired
    MongoTemplate mongo;

    TestHttp api;

    @BeforeAll
    static void screeningOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.SCREENING_POLICE_CHECK);
    }

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
    }

    @Test
    void anAnonymousCallerGetsAFreshChallengeAsJsonThatNoCacheKeepsAndNoAuditEntry() {
        long auditEntries = mongo.getCollection("auditTrail").countDocuments();

        Response response = api.get("/offentlig/udfordring");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.raw().headers().allValues("Cache-Control"))
                .anySatisfy(value -> assertThat(value).contains("no-store"));
        JsonNode challenge = response.json();
        assertThat(challenge.get("algorithm").asString()).isEqualTo("SHA-256");
        assertThat(challenge.get("maxnumber").asLong()).isEqualTo(50_000);
        assertThat(challenge.get("challenge").asString()).matches("[0-9a-f]{64}");
        assertThat(challenge.get("signature").asString()).matches("[0-9a-f]{64}");
        long expires = Long.parseLong(challenge.get("salt").asString().replaceFirst(".*[?&]expires=(\\d+).*", "$1"));
        assertThat(Instant.ofEpochSecond(expires))
                .isBetween(
                        Instant.now().plus(Duration.ofMinutes(19)),
                        Instant.now().plus(Duration.ofMinutes(21)));
        assertThat(api.get("/offentlig/udfordring").json().get("salt").asString())
                .isNotEqualTo(challenge.get("salt").asString());
        assertThat(mongo.getCollection("auditTrail").countDocuments()).isEqualTo(auditEntries);
    }

    @Test
    void aSignedInCallerGetsOneToo() {
        Response response = api.as(TestTokens.reporter()).get("/offentlig/udfordring");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().has("signature")).isTrue();
    }

    @Test
    void aChallengeFromTheEndpointSolvedByBruteForceIsAcceptedOnceAndRemembered() {
        JsonNode fetched = api.get("/offentlig/udfordring").json();
        Challenge challenge = new Challenge(
                fetched.get("algorithm").asString(),
                fetched.get("challenge").asString(),
                fetched.get("maxnumber").asLong(),
                fetched.get("salt").asString(),
                fetched.get("signature").asString());
        String payload = Solutions.payload(challenge);

        assertThatCode(() -> proofOfWork.verify(payload)).doesNotThrowAnyException();
        assertThatThrownBy(() -> proofOfWork.verify(payload)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo("altcha");
            assertThat(e.getMessage()).isEqualTo(Refusal.ALREADY_USED.message());
        });

        Document stored = mongo.getCollection(USED)
                .find(new Document("_id", challenge.signature()))
                .first();
        assertThat(stored).isNotNull();
        assertThat(stored.getDate("expiresAt").toInstant()).isAfter(Instant.now());
    }

    @Test
    void ofTwoConcurrentUsesOfOneSolutionExactlyOnePasses() throws Exception {
        for (int round = 0; round < 5; round++) {
            String payload = Solutions.payload(proofOfWork.issue());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> uses = new ArrayList<>();
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                for (int i = 0; i < 4; i++) {
                    uses.add(threads.submit(() -> {
                        start.await();
                        try {
                            proofOfWork.verify(payload);
                            return true;
                        } catch (InvalidInput e) {
                            assertThat(e.getMessage()).isEqualTo(Refusal.ALREADY_USED.message());
                            return false;
                        }
                    }));
                }
                start.countDown();
                int passed = 0;
                for (Future<Boolean> use : uses) {
                    passed += use.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(passed).as("round %d", round).isEqualTo(1);
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @Test
    void theCleanupForgetsExpiredUsesAndKeepsLiveOnes() {
        Instant now = Instant.now();
        mongo.getCollection(USED)
                .insertOne(new Document("_id", "expired-" + now).append("expiresAt", Date.from(now.minusSeconds(60))));
        mongo.getCollection(USED)
                .insertOne(new Document("_id", "live-" + now).append("expiresAt", Date.from(now.plusSeconds(600))));

        assertThat(proofOfWork.forgetExpired()).isGreaterThanOrEqualTo(1);

        assertThat(mongo.getCollection(USED).countDocuments(new Document("_id", "expired-" + now)))
                .isZero();
        assertThat(mongo.getCollection(USED).countDocuments(new Document("_id", "live-" + now)))
                .isEqualTo(1);
    }
}
