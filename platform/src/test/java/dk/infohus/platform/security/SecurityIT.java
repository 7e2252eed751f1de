package dk.infohus.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.platform.audit.AuditTrail;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestTokens;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

@InfohusServiceTest
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class SecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AuditTrail trail;

    TestHttp api;

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
    }

    static Stream<Arguments> callers() {
        return Stream.of(
                Arguments.of("citizen", "", 401, 200),
                Arguments.of("reporter", TestTokens.reporter(), 404, 200),
                Arguments.of("municipal coordinator", TestTokens.municipalCoordinator(), 200, 404),
                Arguments.of("police coordinator", TestTokens.policeCoordinator(), 200, 404),
                Arguments.of("coordinator of another municipality", TestTokens.municipalCoordinatorOf("661"), 404, 404),
                Arguments.of("department caseworker", TestTokens.departmentCaseworker("familie"), 404, 404),
                Arguments.of("administrator", TestTokens.administrator(), 404, 404));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void everyRoleGetsWhatItMaySeeAndNothingElse(String who, String token, int readCase, int submit) {
        TestHttp as = token.isEmpty() ? api : api.as(token);

        assertThat(as.get("/api/probes/" + UUID.randomUUID()).status()).isEqualTo(readCase);
        assertThat(as.post("/api/probes", "{}").status()).isEqualTo(submit);
        assertThat(as.get("/api/probes/forgotten").status()).isEqualTo(token.isEmpty() ? 401 : 404);
    }

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of(
                        "expired",
                        TestTokens.as("lise", "municipal-coordinator", "657")
                                .expired()
                                .sign()),
                Arguments.of(
                        "badly signed",
                        TestTokens.as("lise", "municipal-coordinator", "657")
                                .signedByAStranger()
                                .sign()),
                Arguments.of(
                        "another issuer",
                        TestTokens.as("lise", "municipal-coordinator", "657")
                                .fromIssuer("https://evil.example")
                                .sign()),
                Arguments.of(
                        "another audience",
                        TestTokens.as("lise", "municipal-coordinator", "657")
                                .forAudience("webshop")
                                .sign()),
                Arguments.of(
                        "no role",
                        TestTokens.as("lise", "municipal-coordinator", "657")
                                .without("role")
                                .sign()),
                Arguments.of(
                        "unknown role",
                        TestTokens.as("lise", "superuser", "657").sign()),
                Arguments.of(
                        "citizen role", TestTokens.as("lise", "citizen", "657").sign()),
                Arguments.of(
                        "no municipality",
                        TestTokens.as("lise", "municipal-coordinator", "657")
                                .without("municipality")
                                .sign()),
                Arguments.of(
                        "no user",
                        TestTokens.as("lise", "municipal-coordinator", "657")
                                .without("sub")
                                .sign()),
                Arguments.of("not a token", "abc.def.ghi"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void aTokenThatIsNotValidHereIsRefusedEvenOnPublicEndpoints(
            String what, String token, org.springframework.boot.test.system.CapturedOutput output) {
        var read = api.as(token).get("/api/probes/" + UUID.randomUUID());
        assertThat(read.status()).as(read.toString()).isEqualTo(401);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(api.as(token).post("/api/probes", "{}").status()).isEqualTo(401);
        // the refusal is logged with its reason, never with the token
        assertThat(output.getOut()).contains("Refused a bearer token: ");
        if (token.length() > 20) {
            assertThat(output.getOut()).doesNotContain(token);
        }
    }

    @Test
    void everyAccessIsAuditedWithWhoWhatAndTheAnswer() {
        String caseId = UUID.randomUUID().toString();
        api.as(TestTokens.municipalCoordinator()).get("/api/probes/" + caseId);
        api.as(TestTokens.reporter()).get("/api/probes/" + caseId);

        // the entry is written before the answer leaves: there is nothing to wait for
        assertThat(trail.about(caseId)).hasSize(2);
        var entries = trail.about(caseId);

        assertThat(entries.get(0).actor()).isEqualTo("lise");
        assertThat(entries.get(0).role()).isEqualTo("municipal-coordinator");
        assertThat(entries.get(0).action()).isEqualTo("read");
        assertThat(entries.get(0).status()).isEqualTo(200);
        assertThat(entries.get(0).traceId()).hasSize(32);
        assertThat(entries.get(1).actor()).isEqualTo("lene");
        assertThat(entries.get(1).status()).isEqualTo(404);
        var listed = api.as(TestTokens.municipalCoordinator()).get("/api/audit?record=" + caseId);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("\"actor\":\"lise\"", "\"actor\":\"lene\"");
        assertThat(api.as(TestTokens.reporter())
                        .get("/api/audit?record=" + caseId)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anAuditedPageIsAuditedUnderTheRecordItNamesAndAnUnmarkedPageIsNot() {
        var created = api.as(TestTokens.reporter()).post("/sider/probes?kode=7K3M-Q9TX-2B4R", "{}");
        String record = created.json().get("created").asString();

        await().until(() -> trail.about(record).size() == 1);
        var entry = trail.about(record).get(0);
        assertThat(entry.actor()).isEqualTo("lene");
        assertThat(entry.action()).isEqualTo("change");
        assertThat(entry.status()).isEqualTo(200);

        String after = UUID.randomUUID().toString();
        assertThat(api.get("/sider/probes").status()).isEqualTo(200);
        api.as(TestTokens.municipalCoordinator()).get("/api/probes/" + after);
        // the API request after the plain page is audited; once it is there, the page would have been too
        await().until(() -> trail.about(after).size() == 1);
        assertThat(mongo.getCollection(AuditTrail.COLLECTION)
                        .find(new org.bson.Document("record", "/sider/probes"))
                        .first())
                .isNull();
        assertThat(mongo.getCollection(AuditTrail.COLLECTION)
                        .find(new org.bson.Document("record", new org.bson.Document("$regex", "7K3M")))
                        .first())
                .isNull();
    }

    @Test
    void aGuardedPageAdmitsWhomItsAllowSaysAndAPageWithoutAllowNoOne() {
        assertThat(api.get("/sider/vagt/coordinators").status()).isEqualTo(401);
        assertThat(api.as(TestTokens.reporter()).get("/sider/vagt/coordinators").status())
                .isEqualTo(404);
        assertThat(api.as(TestTokens.municipalCoordinator())
                        .get("/sider/vagt/coordinators")
                        .status())
                .isEqualTo(200);
        assertThat(api.as(TestTokens.municipalCoordinator())
                        .get("/sider/vagt/forgotten")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/sider/probes").status())
                .as("a page outside the guarded paths")
                .isEqualTo(200);
    }

    @Test
    void anEditedOrRemovedAuditEntryIsDetected() {
        String caseId = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            api.as(TestTokens.municipalCoordinator()).get("/api/probes/" + caseId);
        }
        await().until(() -> trail.about(caseId).size() == 3);
        var verified = api.as(TestTokens.administrator()).get("/api/audit/verification");
        assertThat(verified.json().get("intact").asBoolean())
                .as(verified.toString())
                .isTrue();
        long middle = trail.about(caseId).get(1).seq();
        var collection = mongo.getCollection(AuditTrail.COLLECTION);
        Document original = collection.find(new Document("_id", middle)).first();

        try {
            collection.updateOne(
                    new Document("_id", middle), new Document("$set", new Document("actor", "someone-else")));
            var edited = trail.verify();
            assertThat(edited.intact()).isFalse();
            assertThat(edited.firstBrokenSeq()).isEqualTo(middle);

            collection.deleteOne(new Document("_id", middle));
            var removed = trail.verify();
            assertThat(removed.intact()).isFalse();
            assertThat(removed.firstBrokenSeq()).isEqualTo(middle);
        } finally {
            collection.deleteOne(new Document("_id", middle));
            collection.insertOne(original);
        }
        assertThat(trail.verify().intact()).isTrue();
        assertThat(api.as(TestTokens.municipalCoordinator())
                        .get("/api/audit/verification")
                        .status())
                .isEqualTo(404);
    }
}
