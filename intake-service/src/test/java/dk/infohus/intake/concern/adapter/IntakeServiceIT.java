package dk.infohus.intake.concern.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.contracts.EventJson;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.intake.ConcernReceived;
import dk.infohus.contracts.screening.ConcernNotPresented;
import dk.infohus.contracts.screening.PoliceCheckOpened;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxMessage;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestHttp.Response;
import dk.infohus.testing.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

@InfohusServiceTest
class IntakeServiceIT {

    private static final String VALID = """
            {"municipality":"657",
             "reporter":{"kind":"STAFF","name":"Lene Lærer","organisation":"Lindeskolen"},
             "subject":{"kind":"PERSON","name":"Ali Jensen","cprNumber":"170511-4321"},
             "account":"Deler voldsforherligende videoer i klassens chat.",
             "acute":false,
             "concernSigns":["udbreder-voldslegitimerende-budskaber"]}
            """;

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
    static void screeningOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.SCREENING_POLICE_CHECK);
    }

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
    }

    @Test
    void aConcernGetsAReceiptAndReachesScreeningAsACloudEvent() {
        Response created = api.post("/api/concerns", VALID);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String concernId = created.json().get("concernId").asString();
        String receipt = created.json().get("receiptCode").asString();
        assertThat(receipt).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(created.raw().headers().firstValue("Location")).contains("/api/concerns/" + concernId);

        var record = TestKafka.awaitRecord(Topics.INTAKE_CONCERN, r -> concernId.equals(r.key()));
        assertThat(TestKafka.header(record, "ce_type")).contains("dk.infohus.intake.concern-received.v1");
        assertThat(TestKafka.header(record, "ce_subject")).contains(concernId);
        assertThat(TestKafka.header(record, "ce_source")).contains("/infohus/intake-service");
        assertThat(TestKafka.header(record, "ce_specversion")).contains("1.0");
        assertThat(TestKafka.header(record, "traceparent")).isPresent();
        var event = (ConcernReceived) json.read("dk.infohus.intake.concern-received.v1", record.value());
        assertThat(event.subject().name()).isEqualTo("Ali Jensen");
        assertThat(event.reporterKind()).isEqualTo("STAFF");

        // the outbox empties once Kafka acknowledged, and the code itself is never stored
        await().untilAsserted(() ->
                assertThat(stored(concernId).getList("outbox", Object.class)).isEmpty());
        assertThat(stored(concernId).toJson()).doesNotContain(receipt.replace("-", ""));

        Response status = api.get("/api/receipts/" + receipt.toLowerCase());
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("status").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void anAnonymousCitizenNeedsNoNameNorContact() {
        Response created = api.post("/api/concerns", """
                {"municipality":"657","reporter":{"kind":"CITIZEN"},
                 "subject":{"kind":"GROUP","name":"Gruppen i parken"},
                 "account":"De deler flyers med hagekors.","acute":true}
                """);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void screeningEventsMoveTheStatusOnceEachEvenWhenRedelivered() {
        Response created = api.post("/api/concerns", VALID);
        UUID concernId = UUID.fromString(created.json().get("concernId").asString());
        String receipt = created.json().get("receiptCode").asString();

        OutboxMessage opened = outbox.messageFor(new PoliceCheckOpened(concernId, "657", Instant.now(), false));
        TestKafka.send(codec.toRecord(opened));
        await().until(() -> statusOf(receipt).equals("BEING_HANDLED"));

        OutboxMessage notPresented = outbox.messageFor(
                new ConcernNotPresented(concernId, "657", Instant.now(), "ungli", "TWA001", "UNFOUNDED"));
        TestKafka.send(codec.toRecord(notPresented));
        await().until(() -> statusOf(receipt).equals("CLOSED"));
        Object version = stored(concernId.toString()).get("version");

        // the same events again, as after a crash before the consumer committed its offset
        TestKafka.send(codec.toRecord(opened));
        TestKafka.send(codec.toRecord(notPresented));
        // a marker event on the same key (same partition) proves both redeliveries were consumed
        UUID other = UUID.fromString(
                api.post("/api/concerns", VALID).json().get("concernId").asString());
        sendAfterOnSamePartition(concernId, other);

        assertThat(statusOf(receipt)).isEqualTo("CLOSED");
        assertThat(stored(concernId.toString()).get("version")).isEqualTo(version);
        assertThat(stored(concernId.toString()).getList("processedEventIds", String.class))
                .containsExactly(opened.eventId(), notPresented.eventId());
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextIsStillProcessed() {
        Response created = api.post("/api/concerns", VALID);
        String receipt = created.json().get("receiptCode").asString();
        UUID concernId = UUID.fromString(created.json().get("concernId").asString());
        String poisonKey = concernId.toString();
        var poison = new ProducerRecord<String, byte[]>(
                Topics.SCREENING_POLICE_CHECK, poisonKey, "{not a cloud event".getBytes(StandardCharsets.UTF_8));
        TestKafka.send(poison);
        TestKafka.send(
                codec.toRecord(outbox.messageFor(new PoliceCheckOpened(concernId, "657", Instant.now(), false))));

        var dead = TestKafka.awaitRecord(
                Topics.deadLetterOf(Topics.SCREENING_POLICE_CHECK), r -> poisonKey.equals(r.key()));
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not a cloud event");
        assertThat(TestKafka.header(dead, "kafka_dlt-exception-cause-fqcn"))
                .contains("dk.infohus.contracts.InvalidEvent");
        await().until(() -> statusOf(receipt).equals("BEING_HANDLED"));
    }

    static Stream<Arguments> badInput() {
        String citizen = "\"municipality\":\"657\",\"reporter\":{\"kind\":\"CITIZEN\"},";
        return Stream.of(
                Arguments.of("malformed JSON", "{\"municipality\":\"657\",", "(body)"),
                Arguments.of("unknown field", "{\"municipality\":\"657\",\"colour\":\"red\"}", "colour"),
                Arguments.of("wrong type", "{\"municipality\":\"657\",\"acute\":\"very\"}", "acute"),
                Arguments.of(
                        "unknown enum value",
                        "{\"municipality\":\"657\",\"reporter\":{\"kind\":\"ROBOT\"}}",
                        "reporter.kind"),
                Arguments.of("missing fields", "{\"municipality\":\"657\"}", "reporter"),
                Arguments.of(
                        "impossible CPR date",
                        "{" + citizen
                                + "\"subject\":{\"kind\":\"PERSON\",\"name\":\"A\",\"cprNumber\":\"320190-1234\"},"
                                + "\"account\":\"x\"}",
                        "subject.cprNumber"),
                Arguments.of(
                        "anonymous professional",
                        "{\"municipality\":\"657\",\"reporter\":{\"kind\":\"STAFF\"},"
                                + "\"subject\":{\"kind\":\"PERSON\",\"name\":\"A\"},\"account\":\"x\"}",
                        "reporter.name"),
                Arguments.of(
                        "over-long name",
                        "{" + citizen + "\"subject\":{\"kind\":\"PERSON\",\"name\":\"" + "x".repeat(201) + "\"},"
                                + "\"account\":\"x\"}",
                        "subject.name"),
                Arguments.of(
                        "no kommunekode",
                        "{\"municipality\":\"Herning\",\"reporter\":{\"kind\":\"CITIZEN\"},"
                                + "\"subject\":{\"kind\":\"PERSON\",\"name\":\"A\"},\"account\":\"x\"}",
                        "municipality"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsA400NamingTheFieldAndNothingIsStored(String what, String body, String field) {
        long before = mongo.getCollection("concerns").countDocuments();

        Response response = api.post("/api/concerns", body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString())
                .as(response.toString())
                .startsWith("https://infohus.dk/problems/");
        if (!field.equals("(body)")) {
            assertThat(response.json().get("errors").findValuesAsString("field"))
                    .contains(field);
        }
        assertThat(mongo.getCollection("concerns").countDocuments()).isEqualTo(before);
    }

    @Test
    void anOversizeBodyIsRefusedBeforeItIsRead() {
        long before = mongo.getCollection("concerns").countDocuments();
        String huge = VALID.replace("Deler voldsforherligende", "x".repeat(70_000));

        Response response = api.post("/api/concerns", huge);

        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.json().get("limit").asLong()).isEqualTo(65_536);
        assertThat(mongo.getCollection("concerns").countDocuments()).isEqualTo(before);
    }

    @Test
    void unknownRecordsAreA404() {
        assertThat(api.get("/api/concerns/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.get("/api/receipts/7K3M-Q9TX-2B4R").status()).isEqualTo(404);
        assertThat(api.get("/api/receipts/not-a-code").status()).isEqualTo(400);
        assertThat(api.get("/api/concerns/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void healthIsUpAndMetricsArePublished() {
        Response readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
        Response prometheus = api.get("/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body()).contains("resilience4j_circuitbreaker_state");
    }

    private String statusOf(String receipt) {
        return api.get("/api/receipts/" + receipt).json().get("status").asString();
    }

    private Document stored(String concernId) {
        return mongo.getCollection("concerns")
                .find(new Document("_id", concernId))
                .first();
    }

    private void sendAfterOnSamePartition(UUID redelivered, UUID other) {
        // an event for another concern on the redelivered concern's partition is consumed only after the
        // redeliveries before it, so once it took effect, the redeliveries were consumed too
        int partition = TestKafka.awaitRecord(
                        Topics.INTAKE_CONCERN, r -> redelivered.toString().equals(r.key()))
                .partition();
        var record = codec.toRecord(outbox.messageFor(new PoliceCheckOpened(other, "657", Instant.now(), false)));
        TestKafka.send(new ProducerRecord<>(
                record.topic(), partitionOf(redelivered), other.toString(), record.value(), record.headers()));
        await().until(() -> "BEING_HANDLED".equals(stored(other.toString()).getString("status")));
        assertThat(partition).isNotNegative();
    }

    /** The partition of screening's topic that holds the concern's events (same key, same partition). */
    private static int partitionOf(UUID concernId) {
        return TestKafka.awaitRecord(
                        Topics.SCREENING_POLICE_CHECK, r -> concernId.toString().equals(r.key()))
                .partition();
    }
}
