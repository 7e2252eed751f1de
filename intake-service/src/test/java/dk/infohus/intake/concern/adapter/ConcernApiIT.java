package dk.infohus.intake.concern.adapter;

import static dk.infohus.intake.TestFiles.PIXEL;
import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.contracts.EventJson;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.intake.ConcernReceived;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestHttp.Multipart;
import dk.infohus.testing.TestHttp.Response;
import dk.infohus.testing.TestKafka;
import dk.infohus.testing.TestTokens;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The REST intake's newer promises: idempotency keys, files, repeat subjects, the whole account. */
@InfohusServiceTest
class ConcernApiIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EventJson json;

    TestHttp api;
    TestHttp coordinator;

    @BeforeAll
    static void screeningOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.SCREENING_POLICE_CHECK);
    }

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
        coordinator = api.as(TestTokens.municipalCoordinator());
    }

    @Test
    void aSubmissionWhileEveryPlaceIsTakenIs503WithRetryAfterAndStoresNothing(
            @Autowired
                    org.springframework.boot.web.servlet.FilterRegistrationBean<
                                    dk.infohus.intake.concern.adapter.web.overload.SubmissionBulkhead>
                            submissions) {
        io.github.resilience4j.bulkhead.Bulkhead bulkhead =
                submissions.getFilter().bulkhead();
        int places = bulkhead.getBulkheadConfig().getMaxConcurrentCalls();
        int taken = 0;
        long before = mongo.getCollection("concerns").countDocuments();
        try {
            while (taken < places && bulkhead.tryAcquirePermission()) {
                taken++;
            }
            assertThat(taken).isEqualTo(places);

            Response refused = api.post("/api/concerns", citizenConcernAbout("Burst " + UUID.randomUUID()));

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.raw().headers().firstValue("Retry-After")).hasValue("5");
            assertThat(mongo.getCollection("concerns").countDocuments()).isEqualTo(before);
        } finally {
            for (int i = 0; i < taken; i++) {
                bulkhead.onComplete();
            }
        }
        assertThat(api.post("/api/concerns", citizenConcernAbout("After " + UUID.randomUUID()))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void theSameIdempotencyKeyTwiceMakesOneConcernAndGivesTheSameReceipt() {
        String key = UUID.randomUUID().toString();
        String body = citizenConcernAbout("Ali " + key);

        Response first = api.withHeader("Idempotency-Key", key).post("/api/concerns", body);
        Response again = api.withHeader("Idempotency-Key", key).post("/api/concerns", body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("repeated").asBoolean()).isTrue();
        assertThat(again.json().get("concernId").asString())
                .isEqualTo(first.json().get("concernId").asString());
        assertThat(again.json().get("receiptCode").asString())
                .isEqualTo(first.json().get("receiptCode").asString());
        assertThat(mongo.count(Query.query(Criteria.where("subject.name").is("Ali " + key)), "concerns"))
                .isEqualTo(1);
    }

    @Test
    void twoCitizensWhoHappenToUseOneKeyWithDifferentConcernsEachGetTheirOwnReceiptAndBothAreStored() {
        String key = UUID.randomUUID().toString();
        String mine = "Ali " + UUID.randomUUID();
        String theirs = "Omar " + UUID.randomUUID();

        Response first = api.withHeader("Idempotency-Key", key).post("/api/concerns", citizenConcernAbout(mine));
        Response second = api.withHeader("Idempotency-Key", key).post("/api/concerns", citizenConcernAbout(theirs));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status())
                .as("never another sender's receipt: %s", second)
                .isEqualTo(201);
        assertThat(second.json().get("receiptCode").asString())
                .isNotEqualTo(first.json().get("receiptCode").asString());
        assertThat(mongo.count(Query.query(Criteria.where("subject.name").is(theirs)), "concerns"))
                .as("nothing dropped")
                .isEqualTo(1);
    }

    @Test
    void aSignedInSenderReusingAKeyWithAnotherBodyGetsA422NamingTheHeaderAndNothingIsStored() {
        TestHttp lene = api.as(TestTokens.reporter());
        String key = UUID.randomUUID().toString();
        String changed = "Ali " + UUID.randomUUID();

        Response first = lene.withHeader("Idempotency-Key", key).post("/api/concerns", staffConcernAbout("Ali"));
        Response reused = lene.withHeader("Idempotency-Key", key).post("/api/concerns", staffConcernAbout(changed));
        Response same = lene.withHeader("Idempotency-Key", key).post("/api/concerns", staffConcernAbout("Ali"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.json().get("type").asString())
                .isEqualTo("https://infohus.dk/problems/idempotency-key-reused");
        assertThat(reused.json().get("header").asString()).isEqualTo("Idempotency-Key");
        assertThat(reused.json().get("detail").asString()).contains("Idempotency-Key");
        assertThat(reused.body()).doesNotContain(first.json().get("receiptCode").asString());
        assertThat(mongo.count(Query.query(Criteria.where("subject.name").is(changed)), "concerns"))
                .isZero();
        assertThat(same.status()).as("the same body again is still its receipt").isEqualTo(200);
        assertThat(same.json().get("receiptCode").asString())
                .isEqualTo(first.json().get("receiptCode").asString());
    }

    @Test
    void theRepeatedSubmissionIsLookedUpThroughAUniqueIndexSoTheLookupIsBounded() {
        // the embedded store answers an equality query on a unique index from the index, not by a scan
        assertThat(mongo.indexOps("concerns").getIndexInfo()).anySatisfy(index -> {
            assertThat(index.getIndexFields())
                    .singleElement()
                    .satisfies(field -> assertThat(field.getKey()).isEqualTo("submissionKey"));
            assertThat(index.isUnique()).isTrue();
        });
    }

    @Test
    void aReportersOwnViewSaysNothingAboutOtherReportsOnTheSameSubjectAndTheCoordinatorsDoes() {
        TestHttp lene = api.as(TestTokens.reporter());
        String group = "Gruppen ved stationen " + UUID.randomUUID();
        Response earlier = lene.post("/api/concerns", aboutAGroup(staffConcernAbout(group)));
        Response byCitizen = api.post("/api/concerns", aboutAGroup(citizenConcernAbout(group)));
        Response latest = lene.post("/api/concerns", aboutAGroup(staffConcernAbout(group)));
        assertThat(List.of(earlier.status(), byCitizen.status(), latest.status()))
                .containsOnly(201);
        String id = latest.json().get("concernId").asString();

        Response own = lene.get("/api/concerns/" + id);
        Response coordinators = coordinator.get("/api/concerns/" + id);

        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().get("concernId").asString()).isEqualTo(id);
        assertThat(own.json().has("status")).isTrue();
        assertThat(own.json().has("concernNumberAboutSubject")).as(own.body()).isFalse();
        assertThat(own.json().has("concernsAboutTheSameSubject")).as(own.body()).isFalse();
        assertThat(own.body())
                .doesNotContain(earlier.json().get("concernId").asString())
                .doesNotContain(byCitizen.json().get("concernId").asString());
        assertThat(coordinators.json().get("concernNumberAboutSubject").asInt()).isEqualTo(3);
    }

    @Test
    void aMalformedIdempotencyKeyIsA400NamingIt() {
        Response refused = api.withHeader("Idempotency-Key", "1").post("/api/concerns", citizenConcernAbout("Ali"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("idempotencyKey");
    }

    @Test
    void aConcernWithAScreenshotKeepsTheFileForTheCoordinatorsOnly() {
        String concern = citizenConcernAbout("Ali " + UUID.randomUUID());
        Response created = api.post(
                "/api/concerns",
                Multipart.of().json("concern", concern).file("attachments", "skærmbillede.png", "image/png", PIXEL));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("concernId").asString();

        Response read = coordinator.get("/api/concerns/" + id);
        var file = read.json().get("attachments").get(0);
        assertThat(file.get("filename").asString()).isEqualTo("skærmbillede.png");
        assertThat(file.get("mediaType").asString()).isEqualTo("image/png");
        String path = "/api/concerns/" + id + "/attachments/" + file.get("id").asString();

        Response download = coordinator.get(path);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.raw().headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
        assertThat(download.raw().headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(api.as(TestTokens.municipalCoordinatorOf(TestTokens.HOLSTEBRO))
                        .get(path)
                        .status())
                .isEqualTo(404);
        assertThat(coordinator
                        .get("/api/concerns/" + id + "/attachments/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aFileThatIsNotAnImageOrPdfIsA400AndNothingIsStored() {
        String name = "Ali " + UUID.randomUUID();
        Response refused = api.post(
                "/api/concerns",
                Multipart.of()
                        .json("concern", citizenConcernAbout(name))
                        .file("attachments", "billede.png", "image/png", "<script>alert(1)</script>".getBytes()));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("attachments[0]");
        assertThat(mongo.count(Query.query(Criteria.where("subject.name").is(name)), "concerns"))
                .isZero();
    }

    @Test
    void aThirdConcernAboutAPersonIsLinkedToTheTwoBeforeAndTheCoordinatorSeesIt() {
        String cpr = "170511-" + (5000 + (int) (Math.random() * 3999)); // 2011, as the birth date below
        String name = "Ali Jensen " + UUID.randomUUID();
        String first = receive(personWithCpr(name, cpr));
        String second = receive(personWithBirthDate(name.toLowerCase(), "2011-05-17"));
        receive(personWithCpr(name, cpr).replace("\"657\"", "\"661\""));
        String third = receive(personWithCpr(name, cpr));

        Response read = coordinator.get("/api/concerns/" + third);
        assertThat(read.json().get("concernNumberAboutSubject").asInt()).isEqualTo(3);
        assertThat(read.json().get("concernsAboutTheSameSubject").findValuesAsString("concernId"))
                .containsExactly(first, second);
        Document stored = mongo.findById(third, Document.class, "concerns");
        assertThat(stored.getList("subjectKeys", String.class))
                .as("the blind index holds keyed hashes, not the CPR number")
                .hasSize(2)
                .allSatisfy(key -> assertThat(key).matches("[0-9a-f]{64}").doesNotContain(cpr.replace("-", "")));

        ConcernReceived received = publishedFor(third);
        assertThat(received.earlierConcerns()).containsExactly(UUID.fromString(first), UUID.fromString(second));
    }

    @Test
    void theWholeAccountReachesScreening() {
        String id = receive("""
                {"municipality":"657","reporter":{"kind":"CITIZEN"},
                 "subject":{"kind":"PERSON","name":"Ali Jensen","age":15},
                 "account":"Viser videoer fra IS i frikvarteret.",
                 "when":"tirsdag i frikvarteret","where":"Lindeskolen",
                 "online":{"platforms":["TikTok"],"links":["https://www.tiktok.com/@eksempel"]},
                 "otherAuthorities":"SSP kender ham","relationToSubject":"klassekammerats mor",
                 "concernSigns":["udbreder-voldslegitimerende-budskaber","isolerer-sig-fra-familie-og-venner"]}
                """);

        ConcernReceived received = publishedFor(id);
        assertThat(received.subject().age()).isEqualTo(15);
        assertThat(received.subject().when()).isEqualTo("tirsdag i frikvarteret");
        assertThat(received.subject().where()).isEqualTo("Lindeskolen");
        assertThat(received.subject().onlinePlatforms()).containsExactly("TikTok");
        assertThat(received.subject().links()).containsExactly("https://www.tiktok.com/@eksempel");
        assertThat(received.subject().otherAuthorities()).isEqualTo("SSP kender ham");
        assertThat(received.subject().reporterRelation()).isEqualTo("klassekammerats mor");
        assertThat(received.concernSigns())
                .isEqualTo(List.of("udbreder-voldslegitimerende-budskaber", "isolerer-sig-fra-familie-og-venner"));
    }

    @Test
    void aLinkThatIsNotAWebAddressOrASignThePlanDoesNotHaveIsA400() {
        Response link = api.post(
                "/api/concerns",
                citizenConcernAbout("Ali")
                        .replace("\"account\"", "\"online\":{\"links\":[\"javascript:alert(1)\"]},\"account\""));
        Response sign = api.post(
                "/api/concerns",
                citizenConcernAbout("Ali").replace("\"account\"", "\"concernSigns\":[\"har-et-skaeg\"],\"account\""));

        assertThat(link.status()).isEqualTo(400);
        assertThat(link.body()).contains("online.links[0]");
        assertThat(sign.status()).isEqualTo(400);
        assertThat(sign.body()).contains("concernSigns");
    }

    @Test
    void aProfessionalsReceiptPromisesTheOutcomeAndACitizensDoesNot() {
        Response staff = api.as(TestTokens.reporter()).post("/api/concerns", """
                {"municipality":"657","reporter":{"kind":"STAFF"},
                 "subject":{"kind":"PERSON","name":"Ali Jensen"},"account":"Set i skolegården."}
                """);
        Response citizen = api.post("/api/concerns", citizenConcernAbout("Ali"));

        assertThat(api.get("/api/receipts/" + staff.json().get("receiptCode").asString())
                        .json()
                        .get("outcomeToBeShown")
                        .asBoolean())
                .isTrue();
        assertThat(api.get("/api/receipts/" + citizen.json().get("receiptCode").asString())
                        .json()
                        .get("outcomeToBeShown")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void partnerSystemsFindTheApiDescribedInOpenApi() {
        Response described = api.get("/openapi/intake");

        assertThat(described.status()).isEqualTo(200);
        var paths = described.json().get("paths");
        var post = paths.get("/api/concerns").get("post");
        assertThat(post.get("requestBody").get("content").propertyNames())
                .contains("application/json", "multipart/form-data");
        assertThat(post.get("parameters").findValuesAsString("name")).contains("Idempotency-Key");
        assertThat(post.get("description").asString()).contains("422");
        var read = paths.get("/api/concerns/{concernId}").get("get");
        assertThat(read.get("responses").get("200").toString())
                .contains("ConcernResponse")
                .contains("ReportedConcernResponse");
        assertThat(paths.propertyNames())
                .contains("/api/receipts/{receiptCode}", "/api/concerns/{concernId}/attachments/{attachmentId}")
                .noneMatch(path -> path.startsWith("/offentlig") || path.startsWith("/api/audit"));
    }

    private ConcernReceived publishedFor(String concernId) {
        var record = TestKafka.awaitRecord(Topics.INTAKE_CONCERN, r -> concernId.equals(r.key()));
        return (ConcernReceived) json.read("dk.infohus.intake.concern-received.v1", record.value());
    }

    private String receive(String body) {
        Response created = api.post("/api/concerns", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("concernId").asString();
    }

    private static String aboutAGroup(String body) {
        return body.replace("\"kind\":\"PERSON\"", "\"kind\":\"GROUP\"");
    }

    private static String staffConcernAbout(String name) {
        return """
                {"municipality":"657","reporter":{"kind":"STAFF"},
                 "subject":{"kind":"PERSON","name":"%s"},
                 "account":"Deler voldsforherligende videoer."}
                """.formatted(name);
    }

    private static String citizenConcernAbout(String name) {
        return """
                {"municipality":"657","reporter":{"kind":"CITIZEN"},
                 "subject":{"kind":"PERSON","name":"%s"},
                 "account":"Deler voldsforherligende videoer."}
                """.formatted(name);
    }

    private static String personWithCpr(String name, String cpr) {
        return """
                {"municipality":"657","reporter":{"kind":"CITIZEN"},
                 "subject":{"kind":"PERSON","name":"%s","cprNumber":"%s"},
                 "account":"Deler voldsforherligende videoer."}
                """.formatted(name, cpr);
    }

    private static String personWithBirthDate(String name, String birthDate) {
        return """
                {"municipality":"657","reporter":{"kind":"CITIZEN"},
                 "subject":{"kind":"PERSON","name":"%s","birthDate":"%s"},
                 "account":"Deler voldsforherligende videoer."}
                """.formatted(name, birthDate);
    }
}
