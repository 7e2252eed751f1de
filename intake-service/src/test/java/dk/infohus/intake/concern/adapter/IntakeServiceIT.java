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
import dk.infohus.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

@InfohusServiceTest
@ExtendWith(OutputCaptureExtension.class)
class IntakeServiceIT {

    /** A staff member's concern, as Lene of Lindeskolen sends it signed in. */
    private static final String VALID = """
            {"municipality":"657",
             "reporter":{"kind":"STAFF","name":"Lene Lærer","organisation":"Lindeskolen"},
             "subject":{"kind":"PERSON","name":"Ali Jensen","cprNumber":"170511-4321"},
             "account":"Deler voldsforherligende videoer i klassens chat.",
             "acute":false,
             "concernSigns":["udbreder-voldslegitimerende-budskaber"]}
            """;

    /** A citizen's concern: anonymous, about a group. */
    private static final String CITIZEN_REPORT = """
            {"municipality":"657","reporter":{"kind":"CITIZEN"},
             "subject":{"kind":"GROUP","name":"Gruppen i parken"},
             "account":"De deler flyers med hagekors.","acute":true}
            """;

    /** A concern a coordinator took by phone: the coordinator is the reporter, the token says who. */
    private static final String BY_PHONE = """
            {"municipality":"657",
             "reporter":{"kind":"STAFF","phone":"+45 12345678"},
             "subject":{"kind":"PERSON","name":"Ali Jensen"},
             "account":"En forælder ringede: sønnen taler om at rejse ud for at kæmpe."}
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

    /** A citizen: no token. */
    TestHttp api;

    /** Lene, a teacher at Lindeskolen in Herning, signed in as a reporter. */
    TestHttp reporter;

    /** Lise, Herning's municipal coordinator. */
    TestHttp coordinator;

    @BeforeAll
    static void screeningOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.SCREENING_POLICE_CHECK);
    }

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
        reporter = api.as(TestTokens.reporter());
        coordinator = api.as(TestTokens.municipalCoordinator());
    }

    @Test
    void aConcernGetsAReceiptAndReachesScreeningAsACloudEvent() {
        Response created = reporter.post("/api/concerns", VALID);

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
        Response created = reporter.post("/api/concerns", VALID);
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
                reporter.post("/api/concerns", VALID).json().get("concernId").asString());
        sendAfterOnSamePartition(concernId, other);

        assertThat(statusOf(receipt)).isEqualTo("CLOSED");
        assertThat(stored(concernId.toString()).get("version")).isEqualTo(version);
        assertThat(stored(concernId.toString()).getList("processedEventIds", String.class))
                .containsExactly(opened.eventId(), notPresented.eventId());
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextIsStillProcessed() {
        Response created = reporter.post("/api/concerns", VALID);
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

        Response response = reporter.post("/api/concerns", huge);

        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.json().get("limit").asLong()).isEqualTo(65_536);
        assertThat(mongo.getCollection("concerns").countDocuments()).isEqualTo(before);
    }

    @Test
    void unknownRecordsAreA404() {
        assertThat(coordinator.get("/api/concerns/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/receipts/7K3M-Q9TX-2B4R").status()).isEqualTo(404);
        assertThat(api.get("/api/receipts/not-a-code").status()).isEqualTo(400);
        assertThat(coordinator.get("/api/concerns/not-a-uuid").status()).isEqualTo(400);
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

    // --- need to know -------------------------------------------------------------------------------

    static Stream<Arguments> whoSeesAHerningConcern() {
        return Stream.of(
                Arguments.of("Herning's municipal coordinator", TestTokens.municipalCoordinator(), 200),
                Arguments.of("the police coordinator of Herning's district", TestTokens.policeCoordinator(), 200),
                Arguments.of("the reporter who reported it", TestTokens.reporter(), 200),
                Arguments.of(
                        "another reporter in Herning",
                        TestTokens.as("lars", "reporter", TestTokens.HERNING)
                                .claim("organisation", "Klubben")
                                .sign(),
                        404),
                Arguments.of(
                        "the same reporter, signed in for another municipality",
                        TestTokens.as("lene", "reporter", TestTokens.HOLSTEBRO)
                                .claim("organisation", "Lindeskolen")
                                .sign(),
                        404),
                Arguments.of(
                        "Holstebro's municipal coordinator",
                        TestTokens.municipalCoordinatorOf(TestTokens.HOLSTEBRO),
                        404),
                Arguments.of(
                        "a police coordinator of another district",
                        TestTokens.as("pia", "police-coordinator", "101")
                                .claim("municipalities", List.of("101", "147", "151"))
                                .sign(),
                        404),
                Arguments.of("an Infohus member", TestTokens.infohusMember("boern-og-forebyggelse"), 404),
                Arguments.of("a department caseworker", TestTokens.departmentCaseworker("boern-og-forebyggelse"), 404),
                Arguments.of("a network member", TestTokens.networkMember(), 404),
                Arguments.of("an administrator", TestTokens.administrator(), 404),
                Arguments.of("a citizen", "", 401));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("whoSeesAHerningConcern")
    void aConcernIsSeenOnlyByItsMunicipalitysCoordinatorsAndItsOwnReporter(String who, String token, int expected) {
        String concernId = concernIdOf(reporter.post("/api/concerns", VALID));

        Response read = (token.isEmpty() ? api : api.as(token)).get("/api/concerns/" + concernId);

        assertThat(read.status()).as(read.toString()).isEqualTo(expected);
        if (expected == 200) {
            assertThat(read.json().get("concernId").asString()).isEqualTo(concernId);
            assertThat(read.json().get("municipality").asString()).isEqualTo("657");
            assertThat(read.json().get("status").asString()).isEqualTo("RECEIVED");
        }
    }

    @Test
    void aConcernHiddenByNeedToKnowAnswersExactlyAsOneThatDoesNotExist() {
        String concernId = concernIdOf(reporter.post("/api/concerns", VALID));
        String unknownId = UUID.randomUUID().toString();
        TestHttp holstebro = api.as(TestTokens.municipalCoordinatorOf(TestTokens.HOLSTEBRO));

        Response hidden = holstebro.get("/api/concerns/" + concernId);
        Response unknown = holstebro.get("/api/concerns/" + unknownId);

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(hidden.contentType()).isEqualTo(unknown.contentType());
        assertThat(hidden.body().replace(concernId, unknownId)).isEqualTo(unknown.body());
    }

    @Test
    void aReporterListsTheirOwnConcernsNewestFirstAndNoOneElses() {
        String first = concernIdOf(reporter.post("/api/concerns", VALID));
        String second = concernIdOf(reporter.post("/api/concerns", VALID));
        TestHttp lars = api.as(TestTokens.as("lars", "reporter", TestTokens.HERNING)
                .claim("organisation", "Klubben")
                .sign());
        String larsOwn = concernIdOf(lars.post("/api/concerns", VALID));
        String citizens = concernIdOf(api.post("/api/concerns", CITIZEN_REPORT));
        String coordinators = concernIdOf(coordinator.post("/api/concerns", BY_PHONE));

        Response mine = reporter.get("/api/concerns/mine");

        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        List<String> ids = idsIn(mine);
        assertThat(ids).contains(first, second).doesNotContain(larsOwn, citizens, coordinators);
        assertThat(ids.indexOf(second)).isLessThan(ids.indexOf(first));
        List<Instant> receivedAt = new ArrayList<>();
        mine.json().forEach(concern -> {
            // when and how far, never the content
            assertThat(concern.size()).as(concern.toString()).isEqualTo(3);
            assertThat(concern.get("status").asString()).isIn("RECEIVED", "BEING_HANDLED", "CLOSED");
            receivedAt.add(Instant.parse(concern.get("receivedAt").asString()));
        });
        assertThat(receivedAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(idsIn(lars.get("/api/concerns/mine"))).contains(larsOwn).doesNotContain(first, second);
        // the same user signed in for another municipality lists none of Herning's concerns
        TestHttp leneInHolstebro = api.as(TestTokens.as("lene", "reporter", TestTokens.HOLSTEBRO)
                .claim("organisation", "Lindeskolen")
                .sign());
        assertThat(idsIn(leneInHolstebro.get("/api/concerns/mine"))).doesNotContain(first, second);
        // only a reporter has concerns of their own
        assertThat(coordinator.get("/api/concerns/mine").status()).isEqualTo(404);
        assertThat(api.get("/api/concerns/mine").status()).isEqualTo(401);
    }

    @Test
    void aSignedInReporterReportsAsThemselvesWhateverTheBodySays() {
        TestHttp lars = api.as(TestTokens.as("lars", "reporter", TestTokens.HERNING)
                .claim("name", "Lars Pædagog")
                .claim("organisation", "Klubben")
                .sign());

        Response created = lars.post("/api/concerns", """
                {"municipality":"657",
                 "reporter":{"kind":"PARTNER","name":"Somebody Else","organisation":"Elsewhere",
                             "email":"lars@example.dk"},
                 "subject":{"kind":"PERSON","name":"Ali Jensen"},
                 "account":"Taler om at rejse ud for at kæmpe."}
                """);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Document stored = stored(concernIdOf(created));
        assertThat(stored.getString("reporterUserId")).isEqualTo("lars");
        Document storedReporter = stored.get("reporter", Document.class);
        assertThat(storedReporter.getString("kind")).isEqualTo("PARTNER");
        assertThat(storedReporter.getString("name")).isEqualTo("Lars Pædagog");
        assertThat(storedReporter.getString("organisation")).isEqualTo("Klubben");
        assertThat(storedReporter.getString("email")).isEqualTo("lars@example.dk");

        // without a name claim, the user id names the reporter
        Document lene = stored(concernIdOf(reporter.post("/api/concerns", VALID)));
        assertThat(lene.getString("reporterUserId")).isEqualTo("lene");
        assertThat(lene.get("reporter", Document.class).getString("name")).isEqualTo("lene");
        assertThat(lene.get("reporter", Document.class).getString("organisation"))
                .isEqualTo("Lindeskolen");
        // a citizen's concern belongs to no user
        assertThat(stored(concernIdOf(api.post("/api/concerns", CITIZEN_REPORT)))
                        .getString("reporterUserId"))
                .isNull();
    }

    @Test
    void aCoordinatorRecordsAConcernReceivedByPhoneForAMunicipalityTheyWorkFor() {
        Response byLise = coordinator.post("/api/concerns", BY_PHONE);

        assertThat(byLise.status()).as(byLise.toString()).isEqualTo(201);
        Document stored = stored(concernIdOf(byLise));
        assertThat(stored.getString("reporterUserId")).isEqualTo("lise");
        Document storedReporter = stored.get("reporter", Document.class);
        assertThat(storedReporter.getString("kind")).isEqualTo("STAFF");
        assertThat(storedReporter.getString("name")).isEqualTo("lise");
        assertThat(storedReporter.getString("organisation")).isEqualTo("municipal-coordinator 657");
        assertThat(storedReporter.getString("phone")).isEqualTo("+45 12345678");

        // a police coordinator records for any municipality of the district, seen there and only there
        TestHttp police = api.as(TestTokens.policeCoordinator());
        Response inHolstebro = police.post("/api/concerns", BY_PHONE.replace("\"657\"", "\"661\""));
        assertThat(inHolstebro.status()).as(inHolstebro.toString()).isEqualTo(201);
        String concernId = concernIdOf(inHolstebro);
        assertThat(api.as(TestTokens.municipalCoordinatorOf(TestTokens.HOLSTEBRO))
                        .get("/api/concerns/" + concernId)
                        .json()
                        .get("municipality")
                        .asString())
                .isEqualTo("661");
        assertThat(coordinator.get("/api/concerns/" + concernId).status()).isEqualTo(404);
        assertThat(police.get("/api/concerns/" + concernId).status()).isEqualTo(200);
    }

    static Stream<Arguments> signedInBadInput() {
        String coordinatorOfHerning = TestTokens.municipalCoordinator();
        return Stream.of(
                Arguments.of(
                        "a reporter as a citizen",
                        TestTokens.reporter(),
                        VALID.replace("STAFF", "CITIZEN"),
                        "reporter.kind"),
                Arguments.of(
                        "a reporter to another municipality",
                        TestTokens.reporter(),
                        VALID.replace("\"657\"", "\"661\""),
                        "municipality"),
                Arguments.of(
                        "a reporter without an organisation",
                        TestTokens.as("lars", "reporter", TestTokens.HERNING).sign(),
                        VALID.replace(",\"organisation\":\"Lindeskolen\"", ""),
                        "reporter.organisation"),
                Arguments.of(
                        "a coordinator to another municipality",
                        coordinatorOfHerning,
                        BY_PHONE.replace("\"657\"", "\"661\""),
                        "municipality"),
                Arguments.of(
                        "a coordinator as a partner",
                        coordinatorOfHerning,
                        BY_PHONE.replace("STAFF", "PARTNER"),
                        "reporter.kind"),
                Arguments.of(
                        "a police coordinator outside the district",
                        TestTokens.policeCoordinator(),
                        BY_PHONE.replace("\"657\"", "\"101\""),
                        "municipality"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedInBadInput")
    void aSignedInCallerReportsOnlyAsThemselvesAndWhereTheyWork(String what, String token, String body, String field) {
        long before = mongo.getCollection("concerns").countDocuments();

        Response response = api.as(token).post("/api/concerns", body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly(field);
        assertThat(mongo.getCollection("concerns").countDocuments()).isEqualTo(before);
    }

    @Test
    void aReceiptCodeIsTheCredentialWhoeverAsks() {
        String receipt =
                reporter.post("/api/concerns", VALID).json().get("receiptCode").asString();

        for (String token : List.of(
                TestTokens.municipalCoordinatorOf(TestTokens.HOLSTEBRO),
                TestTokens.administrator(),
                TestTokens.networkMember())) {
            Response status = api.as(token).get("/api/receipts/" + receipt);
            assertThat(status.status()).as(status.toString()).isEqualTo(200);
            assertThat(status.json().get("status").asString()).isEqualTo("RECEIVED");
        }
    }

    // --- no personal data in logs --------------------------------------------------------------------

    @Test
    void aCprNumberAndANameSubmittedInAConcernNeverAppearInTheLog(CapturedOutput output) {
        String subjectName = "Xenophon Quistgaard-Brixby";
        String reporterName = "Ydun Vindeløv-Harbo";
        String cpr = "030211-4467";
        String body = """
                {"municipality":"657",
                 "reporter":{"kind":"CITIZEN","name":"%s","email":"ydun@example.dk","phone":"+45 87654321"},
                 "subject":{"kind":"PERSON","name":"%s","cprNumber":"%s","address":"Sølvgade 3, 7400 Herning"},
                 "account":"%s deler voldsforherligende videoer."}
                """;

        Response fromCitizen = api.post("/api/concerns", body.formatted(reporterName, subjectName, cpr, subjectName));
        Response fromReporter = reporter.post(
                "/api/concerns", VALID.replace("Ali Jensen", subjectName).replace("170511-4321", cpr));
        Response contradicting = api.post(
                "/api/concerns",
                body.formatted(reporterName, subjectName, cpr.replace("-", ""), subjectName)
                        .replace("\"address\"", "\"birthDate\":\"2011-02-04\",\"address\""));
        assertThat(fromCitizen.status()).as(fromCitizen.toString()).isEqualTo(201);
        assertThat(fromReporter.status()).as(fromReporter.toString()).isEqualTo(201);
        assertThat(contradicting.status()).as(contradicting.toString()).isEqualTo(400);
        String concernId = concernIdOf(fromCitizen);
        String receipt = fromCitizen.json().get("receiptCode").asString();
        // screening's side in this service: the concern relayed to Kafka, screening's answer consumed
        await().untilAsserted(() -> {
            assertThat(stored(concernId).getList("outbox", Object.class)).isEmpty();
            assertThat(stored(concernIdOf(fromReporter)).getList("outbox", Object.class))
                    .isEmpty();
        });
        TestKafka.send(codec.toRecord(
                outbox.messageFor(new PoliceCheckOpened(UUID.fromString(concernId), "657", Instant.now(), false))));
        await().until(() -> statusOf(receipt).equals("BEING_HANDLED"));
        assertThat(coordinator.get("/api/concerns/" + concernId).status()).isEqualTo(200);

        // the log did record the work, by id
        assertThat(output.getAll()).contains("Concern " + concernId + " received");
        assertThat(output.getAll())
                .doesNotContain(cpr)
                .doesNotContain(cpr.replace("-", ""))
                .doesNotContain(subjectName)
                .doesNotContain("Quistgaard")
                .doesNotContain(reporterName)
                .doesNotContain("Sølvgade")
                .doesNotContain("ydun@example.dk");
    }

    private String statusOf(String receipt) {
        return api.get("/api/receipts/" + receipt).json().get("status").asString();
    }

    private static String concernIdOf(Response created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("concernId").asString();
    }

    private static List<String> idsIn(Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().forEach(concern -> ids.add(concern.get("concernId").asString()));
        return ids;
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
