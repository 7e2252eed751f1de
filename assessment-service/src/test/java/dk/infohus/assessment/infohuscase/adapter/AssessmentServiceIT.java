package dk.infohus.assessment.infohuscase.adapter;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.contracts.EventJson;
import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.assessment.RecommendationMade;
import dk.infohus.contracts.screening.ConcernHandedOverToInfohus;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxMessage;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestHttp.Response;
import dk.infohus.testing.TestKafka;
import dk.infohus.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

@InfohusServiceTest
class AssessmentServiceIT {

    private static final String RECOMMENDATION_MADE = "dk.infohus.assessment.recommendation-made.v1";
    private static final Instant PRESENTED = Instant.parse("2026-11-20T09:30:00Z");

    /** A valid recommendation, field by field as raw JSON, so a test can break one field at a time. */
    private static final Map<String, String> RECOMMENDATION = fields(
            "departments", "[\"boern-og-forebyggelse\",\"ungevejledningen\"]",
            "focusDimensions", "[\"netvaerk-og-fritid\",\"overbevisninger-og-retorik\"]",
            "mainProblems", "\"Isolerer sig og søger voldslegitimerende materiale.\"",
            "resources", "\"Tæt kontakt til sin storesøster; glad for håndbold.\"");

    private static final Map<String, String> CLOSURE =
            fields("reason", "\"Anbefaling givet; forvaltningerne har overtaget.\"");

    /** Everything a reporter can tell about a person, as screening passes it on since intake keeps it all. */
    private static final PersonalData ALI_TOLD_IN_FULL = new PersonalData(
            "Ali Jensen",
            "170511-4321",
            LocalDate.of(2011, 5, 17),
            "Bredgade 1, 7400 Herning",
            "Deler voldsforherligende videoer i klassens chat.",
            15,
            null,
            "Siden efterårsferien, flere gange om ugen",
            "Klassens chat og skolegården",
            List.of("TikTok", "Discord"),
            List.of("https://www.tiktok.com/@example", "https://discord.gg/example"),
            "SSP er orienteret; kendt af PPR",
            "Klasselærer");

    /** The new fields of a subject, which documents stored before them lack. */
    private static final List<String> NEW_SUBJECT_FIELDS = List.of(
            "age",
            "groupDescription",
            "when",
            "where",
            "onlinePlatforms",
            "links",
            "otherAuthorities",
            "reporterRelation");

    /** An open case that bad input is sent to; it must stay exactly as it is. */
    private static @Nullable UUID untouchedCase;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    org.springframework.kafka.config.KafkaListenerEndpointRegistry listeners;

    @Autowired
    CloudEventCodec codec;

    @Autowired
    Outbox outbox;

    @Autowired
    EventJson json;

    /** Herning's municipal coordinator, user id {@code lise}: the one who works the cases of these tests. */
    TestHttp api;

    /** Nobody signed in. */
    TestHttp anonymous;

    @BeforeAll
    static void screeningOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.SCREENING_INFOHUS_HANDOVER);
        // the build machine is shared: allow a consumer group a while to settle
        Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    @BeforeEach
    void setUp() {
        anonymous = TestHttp.at(port);
        api = anonymous.as(TestTokens.municipalCoordinator());
    }

    @Test
    void aPresentedConcernOpensACaseAndItsRecommendationReachesReferralAsACloudEvent() {
        UUID caseId = openCase();

        JsonNode opened = api.get("/api/infohus-cases/" + caseId).json();
        assertThat(opened.get("state").asString()).isEqualTo("OPEN");
        assertThat(opened.get("municipality").asString()).isEqualTo("657");
        assertThat(opened.get("subjectKind").asString()).isEqualTo("PERSON");
        assertThat(opened.get("subject").get("name").asString()).isEqualTo("Ali Jensen");
        assertThat(opened.get("subject").get("cprNumber").asString()).isEqualTo("170511-4321");
        assertThat(opened.get("subject").get("account").asString()).contains("voldsforherligende");
        assertThat(Instant.parse(opened.get("presentedAt").asString())).isEqualTo(PRESENTED);
        assertThat(opened.get("municipalCoordinator").asString()).isEqualTo("SSP-koordinator Hanne");
        assertThat(opened.path("recommendation").isNull()).isTrue();

        // the list shows the case, but nothing about the person
        Response open = api.get("/api/infohus-cases?state=OPEN");
        assertThat(open.status()).isEqualTo(200);
        assertThat(caseIdsIn(open)).contains(caseId.toString());
        assertThat(open.body()).doesNotContain("Ali Jensen", "170511", "Bredgade", "voldsforherligende");

        Response recommended = api.post("/api/infohus-cases/" + caseId + "/recommendation", asJson(RECOMMENDATION));

        assertThat(recommended.status()).as(recommended.toString()).isEqualTo(200);
        assertThat(recommended.json().get("state").asString()).isEqualTo("RECOMMENDED");
        assertThat(recommended.json().get("caseId").asString()).isEqualTo(caseId.toString());

        var record = TestKafka.awaitRecord(
                Topics.ASSESSMENT_INFOHUS_CASE, r -> caseId.toString().equals(r.key()));
        assertThat(TestKafka.header(record, "ce_type")).contains(RECOMMENDATION_MADE);
        assertThat(TestKafka.header(record, "ce_subject")).contains(caseId.toString());
        assertThat(TestKafka.header(record, "ce_source")).contains("/infohus/assessment-service");
        assertThat(TestKafka.header(record, "ce_dataschema"))
                .contains("https://schemas.infohus.dk/" + RECOMMENDATION_MADE + ".json");
        assertThat(TestKafka.header(record, "traceparent")).isPresent();
        var made = (RecommendationMade) json.read(RECOMMENDATION_MADE, record.value());
        assertThat(made.municipality()).isEqualTo("657");
        assertThat(made.departments()).containsExactly("boern-og-forebyggelse", "ungevejledningen");
        // in the tool's order, whatever order the coordinator ticked them in
        assertThat(made.focusDimensions()).containsExactly("overbevisninger-og-retorik", "netvaerk-og-fritid");
        // codes only: neither the person nor what Infohus wrote about them travels to referral
        assertThat(new String(record.value(), UTF_8)).doesNotContain("Ali Jensen", "Isolerer", "håndbold");

        await().untilAsserted(() ->
                assertThat(stored(caseId).getList("outbox", Object.class)).isEmpty());

        JsonNode detail = api.get("/api/infohus-cases/" + caseId).json();
        assertThat(detail.get("state").asString()).isEqualTo("RECOMMENDED");
        JsonNode recommendation = detail.get("recommendation");
        assertThat(texts(recommendation.get("departments")))
                .containsExactly("boern-og-forebyggelse", "ungevejledningen");
        assertThat(texts(recommendation.get("focusDimensions")))
                .containsExactly("overbevisninger-og-retorik", "netvaerk-og-fritid");
        assertThat(recommendation.get("mainProblems").asString())
                .isEqualTo("Isolerer sig og søger voldslegitimerende materiale.");
        assertThat(recommendation.get("resources").asString())
                .isEqualTo("Tæt kontakt til sin storesøster; glad for håndbold.");
        // who recorded it is who was signed in
        assertThat(recommendation.get("recordedBy").asString()).isEqualTo("lise");
        assertThat(Instant.parse(recommendation.get("recordedAt").asString())).isEqualTo(made.occurredAt());

        assertThat(caseIdsIn(api.get("/api/infohus-cases?state=OPEN"))).doesNotContain(caseId.toString());
        assertThat(caseIdsIn(api.get("/api/infohus-cases?state=RECOMMENDED"))).contains(caseId.toString());
        assertThat(caseIdsIn(api.get("/api/infohus-cases"))).contains(caseId.toString());
    }

    @Test
    void aCasePresentedWithEverythingTheReporterToldKeepsAndShowsAllOfIt() {
        UUID caseId = UUID.randomUUID();
        TestKafka.send(codec.toRecord(outbox.messageFor(new ConcernHandedOverToInfohus(
                caseId,
                TestTokens.HERNING,
                PRESENTED,
                "SSP-koordinator Hanne",
                "Politikommissær Jens",
                "NEXT_AD_HOC",
                false,
                "PERSON",
                ALI_TOLD_IN_FULL))));
        await().until(() -> stored(caseId) != null);

        assertShowsEverythingToldAboutAli(api.get("/api/infohus-cases/" + caseId));
        assertThat(api.get("/api/infohus-cases?state=OPEN").body())
                .doesNotContain("TikTok", "tiktok.com", "efterårsferien", "Klasselærer", "SSP er");

        // a change rewrites the stored case from what it restored: nothing of the person may be lost
        assertThat(api.post("/api/infohus-cases/" + caseId + "/recommendation", asJson(RECOMMENDATION))
                        .status())
                .isEqualTo(200);
        await().untilAsserted(() ->
                assertThat(stored(caseId).getList("outbox", Object.class)).isEmpty());
        JsonNode recommended = assertShowsEverythingToldAboutAli(api.get("/api/infohus-cases/" + caseId));
        assertThat(recommended.get("state").asString()).isEqualTo("RECOMMENDED");
        assertThat(stored(caseId).get("subject", Document.class).getList("onlinePlatforms", String.class))
                .containsExactly("TikTok", "Discord");
    }

    @Test
    void aCaseStoredBeforeConcernsCarriedMoreDetailsStillLoadsAndCanBeWorked() {
        UUID caseId = UUID.randomUUID();
        TestKafka.send(codec.toRecord(outbox.messageFor(new ConcernHandedOverToInfohus(
                caseId,
                TestTokens.HERNING,
                PRESENTED,
                "SSP-koordinator Hanne",
                "Politikommissær Jens",
                "NEXT_AD_HOC",
                false,
                "PERSON",
                ALI_TOLD_IN_FULL))));
        await().until(() -> stored(caseId) != null);
        // as a document written before: the subject's five fields only
        Document unset = new Document();
        NEW_SUBJECT_FIELDS.forEach(field -> unset.append("subject." + field, ""));
        mongo.getCollection("infohusCases")
                .updateOne(new Document("_id", caseId.toString()), new Document("$unset", unset));
        assertThat(stored(caseId).get("subject", Document.class).keySet())
                .containsExactlyInAnyOrder("name", "cprNumber", "birthDate", "address", "account");

        Response read = api.get("/api/infohus-cases/" + caseId);

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode subject = read.json().get("subject");
        assertThat(subject.get("name").asString()).isEqualTo("Ali Jensen");
        assertThat(subject.get("birthDate").asString()).isEqualTo("2011-05-17");
        assertThat(subject.get("account").asString()).contains("voldsforherligende");
        assertThat(subject.get("age").isNull()).isTrue();
        assertThat(subject.get("when").isNull()).isTrue();
        assertThat(subject.get("reporterRelation").isNull()).isTrue();
        // lists read as empty lists, never as null
        assertThat(subject.get("onlinePlatforms").isArray()).isTrue();
        assertThat(subject.get("onlinePlatforms").isEmpty()).isTrue();
        assertThat(subject.get("links").isArray()).isTrue();
        assertThat(subject.get("links").isEmpty()).isTrue();

        Response recommended = api.post("/api/infohus-cases/" + caseId + "/recommendation", asJson(RECOMMENDATION));
        assertThat(recommended.status()).as(recommended.toString()).isEqualTo(200);
        assertThat(recommended.json().get("state").asString()).isEqualTo("RECOMMENDED");
        assertThat(api.get("/api/infohus-cases/" + caseId)
                        .json()
                        .get("subject")
                        .get("name")
                        .asString())
                .isEqualTo("Ali Jensen");
    }

    /** The case's subject holds every detail of {@link #ALI_TOLD_IN_FULL}; returns the case. */
    private static JsonNode assertShowsEverythingToldAboutAli(Response read) {
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode infohusCase = read.json();
        JsonNode subject = infohusCase.get("subject");
        assertThat(subject.get("name").asString()).isEqualTo("Ali Jensen");
        assertThat(subject.get("cprNumber").asString()).isEqualTo("170511-4321");
        assertThat(subject.get("birthDate").asString()).isEqualTo("2011-05-17");
        assertThat(subject.get("address").asString()).isEqualTo("Bredgade 1, 7400 Herning");
        assertThat(subject.get("account").asString()).startsWith("Deler voldsforherligende");
        assertThat(subject.get("age").asInt()).isEqualTo(15);
        assertThat(subject.get("groupDescription").isNull()).isTrue();
        assertThat(subject.get("when").asString()).isEqualTo("Siden efterårsferien, flere gange om ugen");
        assertThat(subject.get("where").asString()).isEqualTo("Klassens chat og skolegården");
        assertThat(texts(subject.get("onlinePlatforms"))).containsExactly("TikTok", "Discord");
        assertThat(texts(subject.get("links")))
                .containsExactly("https://www.tiktok.com/@example", "https://discord.gg/example");
        assertThat(subject.get("otherAuthorities").asString()).isEqualTo("SSP er orienteret; kendt af PPR");
        assertThat(subject.get("reporterRelation").asString()).isEqualTo("Klasselærer");
        return infohusCase;
    }

    @Test
    void aCaseIsRecommendedOnceAndThenClosedWithReasonAndWho() {
        UUID caseId = openCase();
        String path = "/api/infohus-cases/" + caseId;

        assertThat(api.post(path + "/recommendation", asJson(RECOMMENDATION)).status())
                .isEqualTo(200);
        Response again = api.post(path + "/recommendation", asJson(RECOMMENDATION));

        assertConflict(again, "RECOMMENDED", "RECOMMEND");

        Response closed = api.post(path + "/closure", asJson(CLOSURE));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("state").asString()).isEqualTo("CLOSED");

        JsonNode detail = api.get(path).json();
        assertThat(detail.get("state").asString()).isEqualTo("CLOSED");
        assertThat(detail.get("closure").get("reason").asString())
                .isEqualTo("Anbefaling givet; forvaltningerne har overtaget.");
        assertThat(detail.get("closure").get("closedBy").asString()).isEqualTo("lise");
        assertThat(detail.get("recommendation").get("recordedBy").asString()).isEqualTo("lise");
        // one recommendation, one event: the refused second one caused nothing
        TestKafka.awaitRecord(
                Topics.ASSESSMENT_INFOHUS_CASE, r -> caseId.toString().equals(r.key()));
        assertThat(TestKafka.readAll(
                        Topics.ASSESSMENT_INFOHUS_CASE, r -> caseId.toString().equals(r.key())))
                .hasSize(1);
    }

    @Test
    void aClosedCaseRefusesARecommendationWithA409NamingItsState() {
        UUID caseId = openCase();
        String path = "/api/infohus-cases/" + caseId;
        assertThat(api.post(path + "/closure", asJson(CLOSURE)).status()).isEqualTo(200);
        Object version = stored(caseId).get("version");

        assertConflict(api.post(path + "/recommendation", asJson(RECOMMENDATION)), "CLOSED", "RECOMMEND");
        assertConflict(api.post(path + "/closure", asJson(CLOSURE)), "CLOSED", "CLOSE");

        assertThat(stored(caseId).get("version")).isEqualTo(version);
        assertThat(api.get(path).json().path("recommendation").isNull()).isTrue();
        assertThat(TestKafka.readAll(
                        Topics.ASSESSMENT_INFOHUS_CASE, r -> caseId.toString().equals(r.key())))
                .isEmpty();
    }

    @Test
    void assessmentReadsTheHandOverTopicOnlyNeverThePoliceFacingOne() {
        // the police-facing topic carries no person and nothing assessment needs: not subscribed at all
        var container = listeners.getListenerContainer("assessment-screening-events");
        assertThat(container).isNotNull();
        assertThat(container.getContainerProperties().getTopics()).containsExactly(Topics.SCREENING_INFOHUS_HANDOVER);

        UUID caseId = UUID.randomUUID();
        OutboxMessage presented = sendOnPartitionZero(presentation(caseId));
        await().until(() -> api.get("/api/infohus-cases/" + caseId).status() == 200);
        assertThat(stored(caseId).getList("processedEventIds", String.class)).containsExactly(presented.eventId());
        assertThat(deadLettersFor(caseId)).isEmpty();
    }

    @Test
    void aRedeliveredPresentationChangesNothing() {
        UUID caseId = UUID.randomUUID();
        OutboxMessage presented = sendOnPartitionZero(presentation(caseId));
        await().until(() -> api.get("/api/infohus-cases/" + caseId).status() == 200);
        assertThat(api.post("/api/infohus-cases/" + caseId + "/recommendation", asJson(RECOMMENDATION))
                        .status())
                .isEqualTo(200);
        TestKafka.awaitRecord(
                Topics.ASSESSMENT_INFOHUS_CASE, r -> caseId.toString().equals(r.key()));
        Object version = stored(caseId).get("version");

        // the same CloudEvent again, as after a crash before the consumer committed its offset
        sendOnPartitionZero(presented);
        // a later event on the same partition proves the redelivery was consumed
        UUID marker = UUID.randomUUID();
        sendOnPartitionZero(presentation(marker));
        await().until(() -> api.get("/api/infohus-cases/" + marker).status() == 200);

        assertThat(stored(caseId).get("version")).isEqualTo(version);
        assertThat(stored(caseId).getList("processedEventIds", String.class)).containsExactly(presented.eventId());
        assertThat(api.get("/api/infohus-cases/" + caseId).json().get("state").asString())
                .isEqualTo("RECOMMENDED");
        assertThat(TestKafka.readAll(
                        Topics.ASSESSMENT_INFOHUS_CASE, r -> caseId.toString().equals(r.key())))
                .hasSize(1);
        assertThat(deadLettersFor(caseId)).isEmpty();
    }

    @Test
    void aSecondPresentationOfAnOpenCaseGoesToTheDeadLetterTopicAndChangesNothing() {
        UUID caseId = openCase();
        Object version = stored(caseId).get("version");
        var other = new ConcernHandedOverToInfohus(
                caseId,
                "657",
                PRESENTED.plusSeconds(60),
                "SSP-koordinator Hanne",
                "Politikommissær Jens",
                "NEXT_AD_HOC",
                false,
                "GROUP",
                new PersonalData("Gruppen i parken", null, null, null, "De deler flyers."));
        OutboxMessage second = outbox.messageFor(other);

        TestKafka.send(codec.toRecord(second));

        var dead = TestKafka.awaitRecord(
                Topics.deadLetterOf(Topics.SCREENING_INFOHUS_HANDOVER),
                r -> caseId.toString().equals(r.key())
                        && TestKafka.header(r, "ce_id").equals(Optional.of(second.eventId())));
        assertThat(TestKafka.header(dead, "kafka_dlt-exception-cause-fqcn"))
                .contains("dk.infohus.platform.domain.IllegalTransition");
        assertThat(stored(caseId).get("version")).isEqualTo(version);
        JsonNode detail = api.get("/api/infohus-cases/" + caseId).json();
        assertThat(detail.get("subject").get("name").asString()).isEqualTo("Ali Jensen");
        assertThat(detail.get("subjectKind").asString()).isEqualTo("PERSON");
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextIsStillProcessed() {
        UUID caseId = UUID.randomUUID();
        String key = caseId.toString();
        var poison = new ProducerRecord<String, byte[]>(
                Topics.SCREENING_INFOHUS_HANDOVER, key, "{not a cloud event".getBytes(UTF_8));
        TestKafka.send(poison);
        TestKafka.send(codec.toRecord(outbox.messageFor(presentation(caseId))));

        var dead =
                TestKafka.awaitRecord(Topics.deadLetterOf(Topics.SCREENING_INFOHUS_HANDOVER), r -> key.equals(r.key()));
        assertThat(new String(dead.value(), UTF_8)).isEqualTo("{not a cloud event");
        assertThat(TestKafka.header(dead, "kafka_dlt-exception-cause-fqcn"))
                .contains("dk.infohus.contracts.InvalidEvent");
        await().until(() -> api.get("/api/infohus-cases/" + caseId).status() == 200);
        assertThat(api.get("/api/infohus-cases/" + caseId).json().get("state").asString())
                .isEqualTo("OPEN");
    }

    static Stream<Arguments> badInput() {
        String recommendation = "/recommendation";
        String closure = "/closure";
        return Stream.of(
                Arguments.of("malformed JSON", recommendation, "{\"departments\":[", "(body)"),
                Arguments.of("no body", recommendation, "", "(body)"),
                Arguments.of(
                        "unknown field: the tool has no score",
                        recommendation,
                        asJson(with(RECOMMENDATION, "riskScore", "7")),
                        "riskScore"),
                Arguments.of(
                        "wrong type",
                        recommendation,
                        asJson(with(RECOMMENDATION, "focusDimensions", "\"voldsparathed\"")),
                        "focusDimensions"),
                Arguments.of(
                        "wrong type of text",
                        recommendation,
                        asJson(with(RECOMMENDATION, "mainProblems", "[\"a\"]")),
                        "mainProblems"),
                Arguments.of(
                        "missing field",
                        recommendation,
                        asJson(with(RECOMMENDATION, "mainProblems", null)),
                        "mainProblems"),
                Arguments.of(
                        "the body names who records it: that is the sign-in's to say",
                        recommendation,
                        asJson(with(RECOMMENDATION, "recordedBy", "\"SSP-koordinator Hanne\"")),
                        "recordedBy"),
                Arguments.of(
                        "no departments",
                        recommendation,
                        asJson(with(RECOMMENDATION, "departments", "[]")),
                        "departments"),
                Arguments.of(
                        "unknown department",
                        recommendation,
                        asJson(with(RECOMMENDATION, "departments", "[\"beskaeftigelse\",\"skat\"]")),
                        "departments"),
                Arguments.of(
                        "unknown dimension",
                        recommendation,
                        asJson(with(RECOMMENDATION, "focusDimensions", "[\"familie\",\"risikoniveau\"]")),
                        "focusDimensions"),
                Arguments.of(
                        "blank resources",
                        recommendation,
                        asJson(with(RECOMMENDATION, "resources", "\"  \"")),
                        "resources"),
                Arguments.of(
                        "over-long main problems",
                        recommendation,
                        asJson(with(RECOMMENDATION, "mainProblems", "\"" + "x".repeat(10_001) + "\"")),
                        "mainProblems"),
                Arguments.of(
                        "closure naming who closes it: that is the sign-in's to say",
                        closure,
                        asJson(with(CLOSURE, "closedBy", "\"SSP-koordinator Hanne\"")),
                        "closedBy"),
                Arguments.of("closure without reason", closure, asJson(with(CLOSURE, "reason", null)), "reason"),
                Arguments.of("closure with blank reason", closure, asJson(with(CLOSURE, "reason", "\"\"")), "reason"),
                Arguments.of(
                        "closure with over-long reason",
                        closure,
                        asJson(with(CLOSURE, "reason", "\"" + "x".repeat(2_001) + "\"")),
                        "reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsA400NamingTheFieldAndNothingIsStored(String what, String command, String body, String field) {
        UUID caseId = untouchedCase();
        Object version = stored(caseId).get("version");

        Response response = api.post("/api/infohus-cases/" + caseId + command, body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString())
                .as(response.toString())
                .startsWith("https://infohus.dk/problems/");
        if (!field.equals("(body)")) {
            assertThat(response.json().get("errors").findValuesAsString("field"))
                    .as(response.toString())
                    .contains(field);
        }
        Document stored = stored(caseId);
        assertThat(stored.get("version")).isEqualTo(version);
        assertThat(stored.getString("state")).isEqualTo("OPEN");
        assertThat(stored.get("recommendation")).isNull();
        assertThat(stored.get("closure")).isNull();
        assertThat(stored.getList("outbox", Object.class)).isEmpty();
    }

    @Test
    void anOversizeBodyIsRefusedBeforeItIsRead() {
        UUID caseId = untouchedCase();
        Object version = stored(caseId).get("version");
        String huge = asJson(with(RECOMMENDATION, "mainProblems", "\"" + "x".repeat(70_000) + "\""));

        Response response = api.post("/api/infohus-cases/" + caseId + "/recommendation", huge);

        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.json().get("limit").asLong()).isEqualTo(65_536);
        assertThat(stored(caseId).get("version")).isEqualTo(version);
        assertThat(stored(caseId).getString("state")).isEqualTo("OPEN");
    }

    @Test
    void unknownCasesAreA404AndMalformedIdsOrStatesA400() {
        String unknown = "/api/infohus-cases/" + UUID.randomUUID();

        assertThat(api.get(unknown).status()).isEqualTo(404);
        Response recommendation = api.post(unknown + "/recommendation", asJson(RECOMMENDATION));
        assertThat(recommendation.status()).as(recommendation.toString()).isEqualTo(404);
        assertThat(recommendation.contentType()).startsWith("application/problem+json");
        assertThat(api.post(unknown + "/closure", asJson(CLOSURE)).status()).isEqualTo(404);
        assertThat(api.get("/api/infohus-cases/not-a-uuid").status()).isEqualTo(400);
        Response badState = api.get("/api/infohus-cases?state=PENDING");
        assertThat(badState.status()).as(badState.toString()).isEqualTo(400);
        assertThat(badState.json().get("errors").findValuesAsString("field")).contains("state");
    }

    @Test
    void aCoordinatorOfAnotherMunicipalityFindsHerningsCaseExactlyAsIfItDidNotExist() {
        UUID caseId = openCase();
        String path = "/api/infohus-cases/" + caseId;
        TestHttp holstebro = anonymous.as(TestTokens.municipalCoordinatorOf(TestTokens.HOLSTEBRO));
        Object version = stored(caseId).get("version");
        UUID unknownId = UUID.randomUUID();

        Response hidden = holstebro.get(path);
        Response unknown = holstebro.get("/api/infohus-cases/" + unknownId);

        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(404);
        assertThat(hidden.contentType()).startsWith("application/problem+json");
        assertThat(hidden.body().replace(caseId.toString(), "ID"))
                .isEqualTo(unknown.body().replace(unknownId.toString(), "ID"));
        assertThat(caseIdsIn(holstebro.get("/api/infohus-cases"))).doesNotContain(caseId.toString());
        assertThat(caseIdsIn(holstebro.get("/api/infohus-cases?state=OPEN"))).doesNotContain(caseId.toString());
        Response recommended = holstebro.post(path + "/recommendation", asJson(RECOMMENDATION));
        Response recommendedUnknown =
                holstebro.post("/api/infohus-cases/" + unknownId + "/recommendation", asJson(RECOMMENDATION));
        assertThat(recommended.status()).as(recommended.toString()).isEqualTo(404);
        assertThat(recommended.body().replace(caseId.toString(), "ID"))
                .isEqualTo(recommendedUnknown.body().replace(unknownId.toString(), "ID"));
        assertThat(holstebro.post(path + "/closure", asJson(CLOSURE)).status()).isEqualTo(404);
        assertThat(stored(caseId).get("version")).isEqualTo(version);
        assertThat(stored(caseId).getString("state")).isEqualTo("OPEN");

        // a closed case of Herning's is still not found, rather than a 409 that would tell its state
        assertThat(api.post(path + "/closure", asJson(CLOSURE)).status()).isEqualTo(200);
        Response afterClosure = holstebro.post(path + "/recommendation", asJson(RECOMMENDATION));
        assertThat(afterClosure.status()).as(afterClosure.toString()).isEqualTo(404);
        assertThat(afterClosure.body()).doesNotContain("currentState", "CLOSED");
        assertThat(stored(caseId).get("recommendation")).isNull();
        assertThat(TestKafka.readAll(
                        Topics.ASSESSMENT_INFOHUS_CASE, r -> caseId.toString().equals(r.key())))
                .isEmpty();
    }

    @Test
    void eachMunicipalCoordinatorListsAndReadsOnlyTheirOwnMunicipalitysCases() {
        UUID herningCase = openCase(TestTokens.HERNING);
        UUID holstebroCase = openCase(TestTokens.HOLSTEBRO);
        TestHttp holstebro = anonymous.as(TestTokens.municipalCoordinatorOf(TestTokens.HOLSTEBRO));

        Response herningList = api.get("/api/infohus-cases");
        Response holstebroList = holstebro.get("/api/infohus-cases?state=OPEN");

        assertThat(caseIdsIn(herningList)).contains(herningCase.toString()).doesNotContain(holstebroCase.toString());
        assertThat(herningList.json().findValuesAsString("municipality")).containsOnly(TestTokens.HERNING);
        assertThat(caseIdsIn(holstebroList)).contains(holstebroCase.toString()).doesNotContain(herningCase.toString());
        assertThat(holstebroList.json().findValuesAsString("municipality")).containsOnly(TestTokens.HOLSTEBRO);
        Response ownCase = holstebro.get("/api/infohus-cases/" + holstebroCase);
        assertThat(ownCase.status()).as(ownCase.toString()).isEqualTo(200);
        assertThat(ownCase.json().get("municipality").asString()).isEqualTo(TestTokens.HOLSTEBRO);
        assertThat(api.get("/api/infohus-cases/" + holstebroCase).status()).isEqualTo(404);
        Response recommended =
                holstebro.post("/api/infohus-cases/" + holstebroCase + "/recommendation", asJson(RECOMMENDATION));
        assertThat(recommended.status()).as(recommended.toString()).isEqualTo(200);
        assertThat(holstebro
                        .get("/api/infohus-cases/" + holstebroCase)
                        .json()
                        .get("recommendation")
                        .get("recordedBy")
                        .asString())
                .isEqualTo("holger");
    }

    @Test
    void anInfohusMemberSeesNoCaseWhileNoMeetingHasPutOneOnTheirAgenda() {
        UUID caseId = openCase();
        String path = "/api/infohus-cases/" + caseId;
        TestHttp member = anonymous.as(TestTokens.infohusMember("boern-og-forebyggelse"));

        Response all = member.get("/api/infohus-cases");
        Response open = member.get("/api/infohus-cases?state=OPEN");

        // the role may ask, and is told there is nothing for them: meetings do not exist yet
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().isArray()).isTrue();
        assertThat(all.json().size()).isZero();
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.json().size()).isZero();
        assertThat(member.get(path).status()).isEqualTo(404);
        assertThat(member.post(path + "/recommendation", asJson(RECOMMENDATION)).status())
                .isEqualTo(404);
        assertThat(member.post(path + "/closure", asJson(CLOSURE)).status()).isEqualTo(404);
        // the case is there, for its coordinator, unchanged
        assertThat(caseIdsIn(api.get("/api/infohus-cases?state=OPEN"))).contains(caseId.toString());
        assertThat(stored(caseId).getString("state")).isEqualTo("OPEN");
    }

    @Test
    void whoRecordsAndWhoClosesIsTheSignedInCoordinator() {
        UUID caseId = openCase();
        String path = "/api/infohus-cases/" + caseId;
        TestHttp hanne = anonymous.as(TestTokens.as("hanne", "municipal-coordinator", TestTokens.HERNING)
                .sign());

        assertThat(api.post(path + "/recommendation", asJson(RECOMMENDATION)).status())
                .isEqualTo(200);
        assertThat(hanne.post(path + "/closure", asJson(CLOSURE)).status()).isEqualTo(200);

        JsonNode detail = api.get(path).json();
        assertThat(detail.get("recommendation").get("recordedBy").asString()).isEqualTo("lise");
        assertThat(detail.get("closure").get("closedBy").asString()).isEqualTo("hanne");
        assertThat(stored(caseId).get("recommendation", Document.class).getString("recordedBy"))
                .isEqualTo("lise");
        assertThat(stored(caseId).get("closure", Document.class).getString("closedBy"))
                .isEqualTo("hanne");
    }

    @Test
    void theCoordinatorCanListEveryoneWhoReadOrChangedACaseAndWithWhatAnswer() {
        UUID caseId = openCase();
        String path = "/api/infohus-cases/" + caseId;
        assertThat(api.get(path).status()).isEqualTo(200);
        assertThat(api.post(path + "/recommendation", asJson(RECOMMENDATION)).status())
                .isEqualTo(200);
        assertThat(anonymous
                        .as(TestTokens.municipalCoordinatorOf(TestTokens.HOLSTEBRO))
                        .get(path)
                        .status())
                .isEqualTo(404);
        assertThat(anonymous.get(path).status()).isEqualTo(401);

        await().untilAsserted(() -> {
            Response audit = api.get("/api/audit?record=" + caseId);
            assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
            assertThat(audit.json()
                            .valueStream()
                            .map(entry -> String.join(
                                    " ",
                                    entry.get("actor").asString(),
                                    entry.get("role").asString(),
                                    entry.get("action").asString(),
                                    entry.get("status").asString()))
                            .toList())
                    .containsExactly(
                            "lise municipal-coordinator read 200",
                            "lise municipal-coordinator change 200",
                            "holger municipal-coordinator read 404",
                            "anonymous citizen read 401");
            // ids, roles and answers: nothing of the person or of what Infohus wrote
            assertThat(audit.body()).doesNotContain("Ali Jensen", "170511", "Isolerer");
        });
    }

    @Test
    void theConfiguredDepartmentsAndTheToolsNineDimensionsHelpFillTheForm() {
        Response departments = api.get("/api/departments");
        assertThat(departments.status()).isEqualTo(200);
        assertThat(departments.json().findValuesAsString("code"))
                .containsExactly(
                        "beskaeftigelse", "ungevejledningen", "boern-og-forebyggelse", "handicap-og-psykiatri");
        assertThat(departments.json().findValuesAsString("name"))
                .containsExactly(
                        "Beskæftigelse 25+",
                        "Ungevejledningen 15-25",
                        "Børn og Forebyggelse, Ungeteamet",
                        "Handicap og Psykiatri");

        Response dimensions = api.get("/api/assessment-dimensions");
        assertThat(dimensions.status()).isEqualTo(200);
        assertThat(dimensions.json().findValuesAsString("code"))
                .containsExactly(
                        "overbevisninger-og-retorik",
                        "personlighedsfaktorer",
                        "voldsparathed",
                        "psykisk-saarbarhed",
                        "kriminel-historik",
                        "familie",
                        "socialisering-og-relationer",
                        "netvaerk-og-fritid",
                        "uddannelse-og-beskaeftigelse");
        JsonNode first = dimensions.json().get(0);
        assertThat(first.get("danish").asString()).isEqualTo("Bekymrende overbevisninger og retorik");
        assertThat(first.get("english").asString()).isEqualTo("Concerning convictions and rhetoric");
        assertThat(dimensions.body()).doesNotContain("score", "risk level");
    }

    @Test
    void healthIsUpAndMetricsArePublished() {
        assertThat(api.get("/api/departments").status()).isEqualTo(200);
        openCase();

        Response readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
        Response prometheus = api.get("/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body())
                .contains("resilience4j_circuitbreaker_state")
                .contains("infohus_assessment_departments_listed_seconds_count")
                .contains("infohus_assessment_screening_events_seconds_count");
    }

    /** Presents a new concern of Herning's to Infohus through Kafka, as screening does; waits until it is open. */
    private UUID openCase() {
        return openCase(TestTokens.HERNING);
    }

    /** Waits in the database, so that nobody's reading it shows in its audit trail. */
    private UUID openCase(String municipality) {
        UUID caseId = UUID.randomUUID();
        TestKafka.send(codec.toRecord(outbox.messageFor(presentation(caseId, municipality))));
        await().until(() -> stored(caseId) != null);
        return caseId;
    }

    private UUID untouchedCase() {
        if (untouchedCase == null) {
            untouchedCase = openCase();
        }
        return untouchedCase;
    }

    private static ConcernHandedOverToInfohus presentation(UUID caseId) {
        return presentation(caseId, TestTokens.HERNING);
    }

    private static ConcernHandedOverToInfohus presentation(UUID caseId, String municipality) {
        return new ConcernHandedOverToInfohus(
                caseId,
                municipality,
                PRESENTED,
                "SSP-koordinator Hanne",
                "Politikommissær Jens",
                "NEXT_AD_HOC",
                false,
                "PERSON",
                new PersonalData(
                        "Ali Jensen",
                        "170511-4321",
                        null,
                        "Bredgade 1, 7400 Herning",
                        "Deler voldsforherligende videoer i klassens chat."));
    }

    /**
     * Sends an event as screening would, on partition 0 whatever its key, so that events of different
     * cases are consumed in the order they were sent.
     */
    private OutboxMessage sendOnPartitionZero(InfohusEvent event) {
        return sendOnPartitionZero(outbox.messageFor(event));
    }

    private OutboxMessage sendOnPartitionZero(OutboxMessage message) {
        var record = codec.toRecord(message);
        TestKafka.send(new ProducerRecord<>(record.topic(), 0, record.key(), record.value(), record.headers()));
        return message;
    }

    private List<ConsumerRecord<String, byte[]>> deadLettersFor(UUID caseId) {
        return TestKafka.readAll(
                Topics.deadLetterOf(Topics.SCREENING_INFOHUS_HANDOVER),
                r -> caseId.toString().equals(r.key()));
    }

    private void assertConflict(Response response, String currentState, String action) {
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("currentState").asString()).isEqualTo(currentState);
        assertThat(response.json().get("action").asString()).isEqualTo(action);
    }

    private Document stored(UUID caseId) {
        return mongo.getCollection("infohusCases")
                .find(new Document("_id", caseId.toString()))
                .first();
    }

    private static List<String> caseIdsIn(Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().findValuesAsString("caseId");
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** The fields with one replaced by raw JSON, or left out when {@code rawJson} is null. */
    private static Map<String, String> with(Map<String, String> fields, String name, @Nullable String rawJson) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        if (rawJson == null) {
            changed.remove(name);
        } else {
            changed.put(name, rawJson);
        }
        return changed;
    }

    private static String asJson(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> "\"" + field.getKey() + "\":" + field.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
