package dk.infohus.screening.policecheck.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.contracts.EventJson;
import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.intake.ConcernReceived;
import dk.infohus.contracts.screening.ConcernNotPresented;
import dk.infohus.contracts.screening.ConcernPresentedToInfohus;
import dk.infohus.contracts.screening.ConcernTakenOverByPolice;
import dk.infohus.contracts.screening.PoliceCheckCleared;
import dk.infohus.contracts.screening.PoliceCheckOpened;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxMessage;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestHttp.Response;
import dk.infohus.testing.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
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
class ScreeningServiceIT {

    private static final String OPENED = "dk.infohus.screening.police-check-opened.v1";
    private static final String CLEARED = "dk.infohus.screening.police-check-cleared.v1";
    private static final String TAKEN_OVER = "dk.infohus.screening.concern-taken-over-by-police.v1";
    private static final String PRESENTED = "dk.infohus.screening.concern-presented-to-infohus.v1";
    private static final String NOT_PRESENTED = "dk.infohus.screening.concern-not-presented.v1";

    private static final PersonalData ALI = new PersonalData(
            "Ali Jensen",
            "170511-4321",
            LocalDate.of(2011, 5, 17),
            "Bredgade 1, 7400 Herning",
            "Deler voldsforherligende videoer i klassens chat.");

    private static final String CLEARANCE = """
            {"officer":"TWA001","note":"Intet i politiets systemer."}
            """;
    private static final String PRESENT = """
            {"outcome":"PRESENT","municipalCoordinator":"Ulla Nielsen","policeCoordinator":"TWA001"}
            """;

    /** Checks that bad input is sent to; it never changes them. */
    private static UUID openCase;

    private static UUID clearedCase;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CloudEventCodec codec;

    @Autowired
    Outbox outbox;

    @Autowired
    EventJson json;

    TestHttp api;

    @BeforeAll
    static void intakeOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.INTAKE_CONCERN);
    }

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
    }

    @Test
    void aReceivedConcernOpensAPoliceCheckAndTellsThePolice() {
        UUID caseId = UUID.randomUUID();
        OutboxMessage received = concernReceived(caseId, true, Instant.now());

        TestKafka.send(codec.toRecord(received));

        var record = awaitEvent(caseId, OPENED);
        assertThat(TestKafka.header(record, "ce_subject")).contains(caseId.toString());
        assertThat(TestKafka.header(record, "ce_source")).contains("/infohus/screening-service");
        assertThat(TestKafka.header(record, "ce_specversion")).contains("1.0");
        var opened = (PoliceCheckOpened) json.read(OPENED, record.value());
        assertThat(opened.acute()).isTrue();
        assertThat(opened.municipality()).isEqualTo("657");
        // the police systems learn that there is a concern, not whom it is about
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Ali", "170511");

        Response detail = api.get("/api/police-checks/" + caseId);
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        JsonNode check = detail.json();
        assertThat(check.get("state").asString()).isEqualTo("OPEN");
        assertThat(check.get("acute").asBoolean()).isTrue();
        assertThat(check.get("municipality").asString()).isEqualTo("657");
        assertThat(check.get("concernSigns").get(0).asString()).isEqualTo("udbreder-voldslegitimerende-budskaber");
        assertThat(check.get("subject").get("kind").asString()).isEqualTo("PERSON");
        assertThat(check.get("subject").get("name").asString()).isEqualTo("Ali Jensen");
        assertThat(check.get("subject").get("cprNumber").asString()).isEqualTo("170511-4321");
        assertThat(check.get("subject").get("account").asString()).startsWith("Deler voldsforherligende");
        assertThat(check.get("clearance").isNull()).isTrue();

        // the outbox empties once Kafka acknowledged; the consumed event id stays with the state
        await().untilAsserted(() ->
                assertThat(stored(caseId).getList("outbox", Object.class)).isEmpty());
        assertThat(stored(caseId).getList("processedEventIds", String.class)).containsExactly(received.eventId());
    }

    @Test
    void theQueueShowsAcuteConcernsFirstThenTheOldestAndNoPersonalData() {
        Instant now = Instant.now();
        UUID newer = openCheck(false, now.minus(Duration.ofDays(1)));
        UUID older = openCheck(false, now.minus(Duration.ofDays(3)));
        UUID acute = openCheck(true, now);
        UUID cleared = openCheck(true, now.minus(Duration.ofDays(5)));
        assertThat(api.post("/api/police-checks/" + cleared + "/clearance", CLEARANCE)
                        .status())
                .isEqualTo(200);

        Response queue = api.get("/api/police-checks?state=OPEN");

        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode item : queue.json()) {
            assertThat(item.propertyNames())
                    .containsExactlyInAnyOrder("caseId", "municipality", "state", "acute", "receivedAt");
            assertThat(item.get("state").asString()).isEqualTo("OPEN");
            ids.add(item.get("caseId").asString());
        }
        assertThat(ids)
                .filteredOn(Set.of(newer.toString(), older.toString(), acute.toString(), cleared.toString())::contains)
                .containsExactly(acute.toString(), older.toString(), newer.toString());
        assertThat(queue.body()).doesNotContain("Ali", "170511", "Bredgade", "voldsforherligende");
        assertThat(api.get("/api/police-checks").json().findValuesAsString("caseId"))
                .as("OPEN is the default")
                .filteredOn(Set.of(newer.toString(), older.toString(), acute.toString(), cleared.toString())::contains)
                .containsExactly(acute.toString(), older.toString(), newer.toString());

        List<String> clearedIds =
                api.get("/api/police-checks?state=CLEARED").json().findValuesAsString("caseId");
        assertThat(clearedIds).contains(cleared.toString()).doesNotContain(acute.toString());
    }

    @Test
    void aClearedConcernPresentedToInfohusCarriesBothCoordinatorsAndThePerson() {
        UUID caseId = openCheck(false, Instant.now());

        Response clearance = api.post("/api/police-checks/" + caseId + "/clearance", CLEARANCE);

        assertThat(clearance.status()).as(clearance.toString()).isEqualTo(200);
        assertThat(clearance.json().get("state").asString()).isEqualTo("CLEARED");
        assertThat(clearance.json().get("caseId").asString()).isEqualTo(caseId.toString());
        var cleared = (PoliceCheckCleared)
                json.read(CLEARED, awaitEvent(caseId, CLEARED).value());
        assertThat(cleared.officer()).isEqualTo("TWA001");

        Response decision = api.post("/api/police-checks/" + caseId + "/decision", PRESENT);

        assertThat(decision.status()).as(decision.toString()).isEqualTo(200);
        assertThat(decision.json().get("state").asString()).isEqualTo("PRESENTED_TO_INFOHUS");
        var presented = (ConcernPresentedToInfohus)
                json.read(PRESENTED, awaitEvent(caseId, PRESENTED).value());
        assertThat(presented.municipalCoordinator()).isEqualTo("Ulla Nielsen");
        assertThat(presented.policeCoordinator()).isEqualTo("TWA001");
        assertThat(presented.subjectKind()).isEqualTo("PERSON");
        assertThat(presented.subject()).isEqualTo(ALI);
        assertThat(presented.municipality()).isEqualTo("657");

        JsonNode check = api.get("/api/police-checks/" + caseId).json();
        assertThat(check.get("state").asString()).isEqualTo("PRESENTED_TO_INFOHUS");
        assertThat(check.get("clearance").get("officer").asString()).isEqualTo("TWA001");
        assertThat(check.get("clearance").get("note").asString()).isEqualTo("Intet i politiets systemer.");
        assertThat(check.get("decision").get("outcome").asString()).isEqualTo("PRESENT");
        assertThat(check.get("decision").get("municipalCoordinator").asString()).isEqualTo("Ulla Nielsen");
        assertThat(check.get("takeOver").isNull()).isTrue();

        // a decided concern is final: clearing it again, or taking it over now, is refused
        assertConflict(api.post("/api/police-checks/" + caseId + "/clearance", CLEARANCE), "PRESENTED_TO_INFOHUS");
        assertConflict(
                api.post("/api/police-checks/" + caseId + "/take-over", "{\"officer\":\"TWA001\",\"reason\":\"x\"}"),
                "PRESENTED_TO_INFOHUS");
    }

    @Test
    void aConcernNotPresentedNamesTheReason() {
        UUID caseId = openCheck(false, Instant.now());
        assertThat(api.post("/api/police-checks/" + caseId + "/clearance", "{\"officer\":\"TWA001\"}")
                        .status())
                .isEqualTo(200);

        Response decision = api.post("/api/police-checks/" + caseId + "/decision", """
                {"outcome":"NOT_PRESENTED","reason":"REDIRECTED",
                 "municipalCoordinator":"Ulla Nielsen","policeCoordinator":"TWA001"}
                """);

        assertThat(decision.status()).as(decision.toString()).isEqualTo(200);
        assertThat(decision.json().get("state").asString()).isEqualTo("NOT_PRESENTED");
        var notPresented = (ConcernNotPresented)
                json.read(NOT_PRESENTED, awaitEvent(caseId, NOT_PRESENTED).value());
        assertThat(notPresented.reason()).isEqualTo("REDIRECTED");
        assertThat(notPresented.policeCoordinator()).isEqualTo("TWA001");
        JsonNode check = api.get("/api/police-checks/" + caseId).json();
        assertThat(check.get("decision").get("reason").asString()).isEqualTo("REDIRECTED");
        assertThat(check.get("clearance").get("note").isNull()).isTrue();
    }

    @Test
    void thePoliceCanTakeAConcernOverBeforeOrAfterClearingIt() {
        UUID open = openCheck(true, Instant.now());
        UUID cleared = openCheck(false, Instant.now());
        assertThat(api.post("/api/police-checks/" + cleared + "/clearance", CLEARANCE)
                        .status())
                .isEqualTo(200);

        for (UUID caseId : List.of(open, cleared)) {
            Response takeOver = api.post("/api/police-checks/" + caseId + "/take-over", """
                    {"officer":"TWA001","reason":"Verserende efterforskning."}
                    """);

            assertThat(takeOver.status()).as(takeOver.toString()).isEqualTo(200);
            assertThat(takeOver.json().get("state").asString()).isEqualTo("TAKEN_OVER_BY_POLICE");
            var record = awaitEvent(caseId, TAKEN_OVER);
            var takenOver = (ConcernTakenOverByPolice) json.read(TAKEN_OVER, record.value());
            assertThat(takenOver.officer()).isEqualTo("TWA001");
            // why the police took it over stays in screening
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("efterforskning");
            JsonNode check = api.get("/api/police-checks/" + caseId).json();
            assertThat(check.get("takeOver").get("reason").asString()).isEqualTo("Verserende efterforskning.");

            // the coordinators can no longer present it to Infohus
            assertConflict(api.post("/api/police-checks/" + caseId + "/decision", PRESENT), "TAKEN_OVER_BY_POLICE");
        }
    }

    @Test
    void aWrongTransitionIsA409NamingTheCurrentStateAndNothingIsStored() {
        UUID caseId = openCheck(false, Instant.now());
        String before = settled(caseId);

        Response response = api.post("/api/police-checks/" + caseId + "/decision", PRESENT);

        assertConflict(response, "OPEN");
        assertThat(response.json().get("action").asString()).isEqualTo("PRESENT");
        assertThat(stored(caseId).toJson()).isEqualTo(before);
        assertThat(TestKafka.readAll(
                                Topics.SCREENING_POLICE_CHECK,
                                r -> caseId.toString().equals(r.key()))
                        .stream()
                        .map(r -> TestKafka.header(r, "ce_type").orElseThrow()))
                .containsExactly(OPENED);
    }

    @Test
    void aRedeliveredConcernChangesNothing() {
        UUID caseId = UUID.randomUUID();
        OutboxMessage received = concernReceived(caseId, false, Instant.now());
        TestKafka.send(codec.toRecord(received));
        awaitEvent(caseId, OPENED);
        assertThat(api.post("/api/police-checks/" + caseId + "/clearance", CLEARANCE)
                        .status())
                .isEqualTo(200);
        String before = settled(caseId);
        Object version = stored(caseId).get("version");
        int partition = TestKafka.awaitRecord(
                        Topics.INTAKE_CONCERN, r -> caseId.toString().equals(r.key()))
                .partition();

        // the same event again, as after a crash before the consumer committed its offset
        TestKafka.send(codec.toRecord(received));
        // a later concern on the same partition: once it is open, the redelivery before it was consumed
        UUID marker = UUID.randomUUID();
        var markerRecord = codec.toRecord(concernReceived(marker, false, Instant.now()));
        TestKafka.send(new ProducerRecord<>(
                markerRecord.topic(), partition, markerRecord.key(), markerRecord.value(), markerRecord.headers()));
        awaitEvent(marker, OPENED);

        assertThat(stored(caseId).get("version")).isEqualTo(version);
        assertThat(stored(caseId).toJson()).isEqualTo(before);
        assertThat(stored(caseId).getString("state")).isEqualTo("CLEARED");
        assertThat(stored(caseId).getList("processedEventIds", String.class)).containsExactly(received.eventId());
        assertThat(TestKafka.readAll(
                        Topics.SCREENING_POLICE_CHECK,
                        r -> caseId.toString().equals(r.key())
                                && TestKafka.header(r, "ce_type").orElse("").equals(OPENED)))
                .hasSize(1);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextIsStillProcessed() {
        UUID caseId = UUID.randomUUID();
        String key = caseId.toString();
        TestKafka.send(new ProducerRecord<>(
                Topics.INTAKE_CONCERN, key, "{not a cloud event".getBytes(StandardCharsets.UTF_8)));
        TestKafka.send(codec.toRecord(concernReceived(caseId, false, Instant.now())));

        var dead = TestKafka.awaitRecord(Topics.deadLetterOf(Topics.INTAKE_CONCERN), r -> key.equals(r.key()));
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not a cloud event");
        assertThat(TestKafka.header(dead, "kafka_dlt-exception-cause-fqcn"))
                .contains("dk.infohus.contracts.InvalidEvent");
        awaitEvent(caseId, OPENED);
        assertThat(api.get("/api/police-checks/" + caseId).json().get("state").asString())
                .isEqualTo("OPEN");
    }

    static Stream<Arguments> badInput() {
        String longName = "x".repeat(101);
        return Stream.of(
                Arguments.of("clearance", "malformed JSON", "{\"officer\":\"TWA001\",", "(body)"),
                Arguments.of("clearance", "unknown field", "{\"officer\":\"TWA001\",\"colour\":\"red\"}", "colour"),
                Arguments.of("clearance", "wrong type", "{\"officer\":[\"TWA001\"]}", "officer"),
                Arguments.of("clearance", "missing officer", "{}", "officer"),
                Arguments.of("clearance", "blank officer", "{\"officer\":\"  \"}", "officer"),
                Arguments.of("clearance", "over-long officer", "{\"officer\":\"" + longName + "\"}", "officer"),
                Arguments.of(
                        "clearance",
                        "over-long note",
                        "{\"officer\":\"TWA001\",\"note\":\"" + "x".repeat(2_001) + "\"}",
                        "note"),
                Arguments.of("take-over", "missing reason", "{\"officer\":\"TWA001\"}", "reason"),
                Arguments.of("take-over", "wrong type", "{\"officer\":\"TWA001\",\"reason\":{\"a\":1}}", "reason"),
                Arguments.of(
                        "take-over",
                        "over-long officer",
                        "{\"officer\":\"" + longName + "\",\"reason\":\"x\"}",
                        "officer"),
                Arguments.of("decision", "missing outcome", decision(null, null, "Ulla", "TWA001"), "outcome"),
                Arguments.of("decision", "unknown outcome", decision("\"MAYBE\"", null, "Ulla", "TWA001"), "outcome"),
                Arguments.of("decision", "wrong type", decision("[\"PRESENT\"]", null, "Ulla", "TWA001"), "outcome"),
                Arguments.of(
                        "decision",
                        "not presented without a reason",
                        decision("\"NOT_PRESENTED\"", null, "Ulla", "TWA001"),
                        "reason"),
                Arguments.of(
                        "decision",
                        "unknown reason",
                        decision("\"NOT_PRESENTED\"", "\"BORING\"", "Ulla", "TWA001"),
                        "reason"),
                Arguments.of(
                        "decision",
                        "presented with a reason",
                        decision("\"PRESENT\"", "\"UNFOUNDED\"", "Ulla", "TWA001"),
                        "reason"),
                Arguments.of(
                        "decision",
                        "one person as both coordinators",
                        decision("\"PRESENT\"", null, "TWA001", "twa001"),
                        "policeCoordinator"),
                Arguments.of(
                        "decision",
                        "over-long coordinator",
                        decision("\"PRESENT\"", null, longName, "TWA001"),
                        "municipalCoordinator"),
                Arguments.of(
                        "decision",
                        "missing coordinator",
                        "{\"outcome\":\"PRESENT\",\"municipalCoordinator\":\"Ulla\"}",
                        "policeCoordinator"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badInput")
    void badInputIsA400NamingTheFieldAndNothingIsStored(String action, String what, String body, String field) {
        // clearance and take-over go to an open check, a decision to a cleared one: each would succeed there
        UUID caseId = action.equals("decision") ? clearedCase() : openCase();
        String before = settled(caseId);

        Response response = api.post("/api/police-checks/" + caseId + "/" + action, body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString())
                .as(response.toString())
                .isEqualTo("https://infohus.dk/problems/invalid-input");
        if (!field.equals("(body)")) {
            assertThat(response.json().get("errors").findValuesAsString("field"))
                    .as(response.toString())
                    .containsExactly(field);
        }
        assertThat(stored(caseId).toJson()).isEqualTo(before);
    }

    @Test
    void unknownChecksAreA404AndBadParametersA400() {
        UUID unknown = UUID.randomUUID();
        assertThat(api.get("/api/police-checks/" + unknown).status()).isEqualTo(404);
        Response clearance = api.post("/api/police-checks/" + unknown + "/clearance", CLEARANCE);
        assertThat(clearance.status()).as(clearance.toString()).isEqualTo(404);
        assertThat(clearance.json().path("type").asString()).isEqualTo("https://infohus.dk/problems/not-found");
        assertThat(api.post("/api/police-checks/" + unknown + "/decision", PRESENT)
                        .status())
                .isEqualTo(404);
        assertThat(mongo.getCollection("policeChecks").countDocuments(new Document("_id", unknown.toString())))
                .isZero();

        Response notAnId = api.get("/api/police-checks/not-a-uuid");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.json().get("errors").findValuesAsString("field")).containsExactly("caseId");
        Response noSuchState = api.get("/api/police-checks?state=LOST");
        assertThat(noSuchState.status()).isEqualTo(400);
        assertThat(noSuchState.json().get("errors").findValuesAsString("field")).containsExactly("state");
    }

    @Test
    void healthIsUpAndMetricsArePublished() {
        Response readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
        openCheck(false, Instant.now());
        Response prometheus = api.get("/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        // the listener and the endpoints are observed: one trace and one timer per record and request
        assertThat(prometheus.body())
                .contains("resilience4j_circuitbreaker_state")
                .containsPattern("spring_kafka_listener_seconds_count\\{[^}]*"
                        + "spring_kafka_listener_id=\"screening-intake-events-0\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/police-checks/\\{caseId}\"");
    }

    private static String decision(@Nullable String outcome, @Nullable String reason, String municipal, String police) {
        StringBuilder body = new StringBuilder("{");
        if (outcome != null) {
            body.append("\"outcome\":").append(outcome).append(',');
        }
        if (reason != null) {
            body.append("\"reason\":").append(reason).append(',');
        }
        return body.append("\"municipalCoordinator\":\"")
                .append(municipal)
                .append("\",\"policeCoordinator\":\"")
                .append(police)
                .append("\"}")
                .toString();
    }

    private OutboxMessage concernReceived(UUID caseId, boolean acute, Instant receivedAt) {
        return outbox.messageFor(new ConcernReceived(
                caseId,
                "657",
                receivedAt,
                "PERSON",
                "STAFF",
                acute,
                List.of("udbreder-voldslegitimerende-budskaber"),
                ALI));
    }

    /** Sends a concern as intake would and waits until its police check is open. */
    private UUID openCheck(boolean acute, Instant receivedAt) {
        UUID caseId = UUID.randomUUID();
        TestKafka.send(codec.toRecord(concernReceived(caseId, acute, receivedAt)));
        await().until(() -> api.get("/api/police-checks/" + caseId).status() == 200);
        return caseId;
    }

    private UUID openCase() {
        if (openCase == null) {
            openCase = openCheck(false, Instant.now());
        }
        return openCase;
    }

    private UUID clearedCase() {
        if (clearedCase == null) {
            UUID caseId = openCheck(false, Instant.now());
            assertThat(api.post("/api/police-checks/" + caseId + "/clearance", CLEARANCE)
                            .status())
                    .isEqualTo(200);
            clearedCase = caseId;
        }
        return clearedCase;
    }

    private ConsumerRecord<String, byte[]> awaitEvent(UUID caseId, String type) {
        return TestKafka.awaitRecord(
                Topics.SCREENING_POLICE_CHECK,
                r -> caseId.toString().equals(r.key())
                        && TestKafka.header(r, "ce_type").orElse("").equals(type));
    }

    /** The stored check once its outbox is relayed, as JSON to compare with later. */
    private String settled(UUID caseId) {
        await().untilAsserted(() ->
                assertThat(stored(caseId).getList("outbox", Object.class)).isEmpty());
        return stored(caseId).toJson();
    }

    private Document stored(UUID caseId) {
        return mongo.getCollection("policeChecks")
                .find(new Document("_id", caseId.toString()))
                .first();
    }

    private static void assertConflict(Response response, String currentState) {
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("currentState").asString()).isEqualTo(currentState);
        assertThat(response.json().path("type").asString()).isEqualTo("https://infohus.dk/problems/illegal-transition");
    }
}
