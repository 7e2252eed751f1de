package dk.infohus.screening.policecheck.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.contracts.EventJson;
import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.intake.ConcernReceived;
import dk.infohus.contracts.screening.ConcernHandedOverToInfohus;
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
import dk.infohus.testing.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import tools.jackson.databind.JsonNode;

@InfohusServiceTest
class ScreeningServiceIT {

    private static final String OPENED = "dk.infohus.screening.police-check-opened.v1";
    private static final String CLEARED = "dk.infohus.screening.police-check-cleared.v1";
    private static final String TAKEN_OVER = "dk.infohus.screening.concern-taken-over-by-police.v1";
    private static final String PRESENTED = "dk.infohus.screening.concern-presented-to-infohus.v2";
    private static final String HANDED_OVER = "dk.infohus.screening.concern-handed-over-to-infohus.v1";
    private static final String NOT_PRESENTED = "dk.infohus.screening.concern-not-presented.v1";

    private static final PersonalData ALI = new PersonalData(
            "Ali Jensen",
            "170511-4321",
            LocalDate.of(2011, 5, 17),
            "Bredgade 1, 7400 Herning",
            "Deler voldsforherligende videoer i klassens chat.");

    /** Everything a reporter can tell about a person, as intake now passes it on. */
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

    private static final String CLEARANCE = """
            {"note":"Intet i politiets systemer."}
            """;
    /** Once both coordinators recorded their view, either records the decision. */
    private static final String PRESENT = """
            {"outcome":"PRESENT","meeting":"NEXT_AD_HOC","urgent":true}
            """;

    private static final String TAKE_OVER = """
            {"reason":"Verserende efterforskning."}
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

    /** No token: a citizen. */
    TestHttp api;

    /** Torben, police coordinator of Midt- og Vestjylland (Herning, Holstebro, ...). */
    TestHttp police;

    /** Lise, municipal coordinator of Herning. */
    TestHttp municipal;

    /** Holger, municipal coordinator of Holstebro. */
    TestHttp holstebro;

    /** A police coordinator of another police district. */
    TestHttp otherDistrict;

    @BeforeAll
    static void intakeOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.INTAKE_CONCERN);
    }

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
        police = api.as(TestTokens.policeCoordinator());
        municipal = api.as(TestTokens.municipalCoordinator());
        holstebro = api.as(TestTokens.municipalCoordinatorOf(TestTokens.HOLSTEBRO));
        otherDistrict = api.as(TestTokens.as("poul", "police-coordinator", "101")
                .claim("municipalities", List.of("101", "147", "151", "153"))
                .sign());
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

        Response detail = police.get("/api/police-checks/" + caseId);
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
        assertThat(check.get("policeFindingsWithheld").asBoolean()).isFalse();
        // the first concern about Ali, who told no more than the account
        assertThat(check.get("concernNumberAboutSubject").asInt()).isEqualTo(1);
        assertThat(check.get("earlierConcerns").isEmpty()).isTrue();
        assertThat(check.get("subject").get("onlinePlatforms").isEmpty()).isTrue();
        assertThat(check.get("subject").get("age").isNull()).isTrue();

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
        assertThat(police.post("/api/police-checks/" + cleared + "/clearance", CLEARANCE)
                        .status())
                .isEqualTo(200);

        Response queue = police.get("/api/police-checks?state=OPEN&size=100");

        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode item : allOf(police, "state=OPEN")) {
            assertThat(item.propertyNames())
                    .containsExactlyInAnyOrder(
                            "caseId",
                            "municipality",
                            "state",
                            "acute",
                            "ageGroup",
                            "receivedAt",
                            "dueAt",
                            "overdue",
                            "concernNumberAboutSubject",
                            "earlierConcerns");
            assertThat(item.get("state").asString()).isEqualTo("OPEN");
            ids.add(item.get("caseId").asString());
        }
        assertThat(ids)
                .filteredOn(Set.of(newer.toString(), older.toString(), acute.toString(), cleared.toString())::contains)
                .containsExactly(acute.toString(), older.toString(), newer.toString());
        assertThat(queue.body()).doesNotContain("Ali", "170511", "Bredgade", "voldsforherligende");
        assertThat(caseIds(allOf(police, "")))
                .as("OPEN is the default")
                .filteredOn(Set.of(newer.toString(), older.toString(), acute.toString(), cleared.toString())::contains)
                .containsExactly(acute.toString(), older.toString(), newer.toString());

        List<String> clearedIds = caseIds(allOf(police, "state=CLEARED"));
        assertThat(clearedIds).contains(cleared.toString()).doesNotContain(acute.toString());
    }

    @Test
    void theWorkspaceCountsWhatWaitsForEachCoordinatorAndWhatIsOverdueWithoutPersonalData() {
        JsonNode policeBefore = police.get("/api/police-checks/waiting").json();
        JsonNode municipalBefore = municipal.get("/api/police-checks/waiting").json();
        JsonNode holstebroBefore = holstebro.get("/api/police-checks/waiting").json();

        UUID longAgo = openCheck(false, Instant.now().minus(Duration.ofDays(30)));
        openCheck(false, Instant.now());
        UUID toClear = openCheck(false, Instant.now());
        assertThat(police.post("/api/police-checks/" + toClear + "/clearance", CLEARANCE)
                        .status())
                .isEqualTo(200);

        Response forPolice = police.get("/api/police-checks/waiting");
        assertThat(forPolice.status()).as(forPolice.toString()).isEqualTo(200);
        assertThat(forPolice.json().propertyNames()).containsExactlyInAnyOrder("waiting", "overdue");
        assertThat(forPolice.json().get("waiting").asLong())
                .as("three open or cleared checks wait for the police coordinator")
                .isEqualTo(policeBefore.get("waiting").asLong() + 3);
        assertThat(forPolice.json().get("overdue").asLong())
                .as("the one received 30 days ago is past its 5 working days")
                .isEqualTo(policeBefore.get("overdue").asLong() + 1);
        JsonNode forMunicipal = municipal.get("/api/police-checks/waiting").json();
        assertThat(forMunicipal.get("waiting").asLong())
                .as("only the cleared one waits for the municipal coordinator's decision")
                .isEqualTo(municipalBefore.get("waiting").asLong() + 1);
        assertThat(holstebro.get("/api/police-checks/waiting").json())
                .as("Holstebro's coordinator counts nothing of Herning's")
                .isEqualTo(holstebroBefore);
        assertThat(forPolice.body()).doesNotContain(longAgo.toString(), toClear.toString(), "Ali");
    }

    @Test
    void aClearedConcernPresentedToInfohusCarriesBothCoordinatorsAndThePerson() {
        UUID caseId = openCheck(false, Instant.now());

        Response clearance = police.post("/api/police-checks/" + caseId + "/clearance", CLEARANCE);

        assertThat(clearance.status()).as(clearance.toString()).isEqualTo(200);
        assertThat(clearance.json().get("state").asString()).isEqualTo("CLEARED");
        assertThat(clearance.json().get("caseId").asString()).isEqualTo(caseId.toString());
        var cleared = (PoliceCheckCleared)
                json.read(CLEARED, awaitEvent(caseId, CLEARED).value());
        // the officer is who signed in, not whom a body names
        assertThat(cleared.officer()).isEqualTo("torben");

        recordBothViews(caseId);
        Response decision = police.post("/api/police-checks/" + caseId + "/decision", PRESENT);

        assertThat(decision.status()).as(decision.toString()).isEqualTo(200);
        assertThat(decision.json().get("state").asString()).isEqualTo("PRESENTED_TO_INFOHUS");
        var record = awaitEvent(caseId, PRESENTED);
        var presented = (ConcernPresentedToInfohus) json.read(PRESENTED, record.value());
        // the coordinators are who recorded their views
        assertThat(presented.municipalCoordinator()).isEqualTo("lise");
        assertThat(presented.policeCoordinator()).isEqualTo("torben");
        assertThat(presented.meeting()).isEqualTo("NEXT_AD_HOC");
        assertThat(presented.urgent()).isTrue();
        assertThat(presented.municipality()).isEqualTo("657");
        // the police systems' topic carries no person; the hand-over topic only assessment reads does
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Ali", "170511", "Bredgade");
        var handedOver = (ConcernHandedOverToInfohus)
                json.read(HANDED_OVER, awaitHandover(caseId).value());
        assertThat(handedOver.subjectKind()).isEqualTo("PERSON");
        assertThat(handedOver.subject()).isEqualTo(ALI);
        assertThat(handedOver.municipalCoordinator()).isEqualTo("lise");

        JsonNode check = police.get("/api/police-checks/" + caseId).json();
        assertThat(check.get("state").asString()).isEqualTo("PRESENTED_TO_INFOHUS");
        assertThat(check.get("clearance").get("officer").asString()).isEqualTo("torben");
        assertThat(check.get("clearance").get("note").asString()).isEqualTo("Intet i politiets systemer.");
        assertThat(check.get("decision").get("outcome").asString()).isEqualTo("PRESENT");
        assertThat(check.get("decision").get("municipalCoordinator").asString()).isEqualTo("lise");
        assertThat(check.get("decision").get("meeting").asString()).isEqualTo("NEXT_AD_HOC");
        assertThat(check.get("decision").get("policeCoordinator").asString()).isEqualTo("torben");
        assertThat(check.get("takeOver").isNull()).isTrue();

        // a decided concern is final: clearing it again, or taking it over now, is refused
        assertConflict(police.post("/api/police-checks/" + caseId + "/clearance", CLEARANCE), "PRESENTED_TO_INFOHUS");
        assertConflict(
                police.post("/api/police-checks/" + caseId + "/take-over", "{\"reason\":\"x\"}"),
                "PRESENTED_TO_INFOHUS");
    }

    @Test
    void aConcernNotPresentedNamesTheReasonAndTheMunicipalCoordinatorWhoRecordedIt() {
        UUID caseId = openCheck(false, Instant.now());
        assertThat(police.post("/api/police-checks/" + caseId + "/clearance", "{}")
                        .status())
                .isEqualTo(200);

        recordBothViews(caseId);
        // the municipal coordinator records it this time
        Response decision = municipal.post("/api/police-checks/" + caseId + "/decision", """
                {"outcome":"NOT_PRESENTED","reason":"REDIRECTED","explanation":"Underretning efter Barnets Lov.",
                 "receivingUnit":"Børn og Familie"}
                """);

        assertThat(decision.status()).as(decision.toString()).isEqualTo(200);
        assertThat(decision.json().get("state").asString()).isEqualTo("NOT_PRESENTED");
        var notPresented = (ConcernNotPresented)
                json.read(NOT_PRESENTED, awaitEvent(caseId, NOT_PRESENTED).value());
        assertThat(notPresented.reason()).isEqualTo("REDIRECTED");
        assertThat(notPresented.municipalCoordinator()).isEqualTo("lise");
        assertThat(notPresented.policeCoordinator()).isEqualTo("torben");
        JsonNode check = police.get("/api/police-checks/" + caseId).json();
        assertThat(check.get("decision").get("reason").asString()).isEqualTo("REDIRECTED");
        assertThat(check.get("decision").get("receivingUnit").asString()).isEqualTo("Børn og Familie");
        assertThat(check.get("decision").get("explanation").asString()).isEqualTo("Underretning efter Barnets Lov.");
        assertThat(check.get("clearance").get("note").isNull()).isTrue();
    }

    @Test
    void thePoliceCanTakeAConcernOverBeforeOrAfterClearingIt() {
        UUID open = openCheck(true, Instant.now());
        UUID cleared = openCheck(false, Instant.now());
        assertThat(police.post("/api/police-checks/" + cleared + "/clearance", CLEARANCE)
                        .status())
                .isEqualTo(200);

        for (UUID caseId : List.of(open, cleared)) {
            Response takeOver = police.post("/api/police-checks/" + caseId + "/take-over", TAKE_OVER);

            assertThat(takeOver.status()).as(takeOver.toString()).isEqualTo(200);
            assertThat(takeOver.json().get("state").asString()).isEqualTo("TAKEN_OVER_BY_POLICE");
            var record = awaitEvent(caseId, TAKEN_OVER);
            var takenOver = (ConcernTakenOverByPolice) json.read(TAKEN_OVER, record.value());
            assertThat(takenOver.officer()).isEqualTo("torben");
            // why the police took it over stays in screening
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("efterforskning");
            JsonNode check = police.get("/api/police-checks/" + caseId).json();
            assertThat(check.get("takeOver").get("reason").asString()).isEqualTo("Verserende efterforskning.");

            // the coordinators can no longer present it to Infohus
            assertConflict(police.post("/api/police-checks/" + caseId + "/decision", PRESENT), "TAKEN_OVER_BY_POLICE");
        }
    }

    @Test
    void aWrongTransitionIsA409NamingTheCurrentStateAndNothingIsStored() {
        UUID caseId = openCheck(false, Instant.now());
        String before = settled(caseId);

        Response response = police.post("/api/police-checks/" + caseId + "/decision", PRESENT);

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
        assertThat(police.post("/api/police-checks/" + caseId + "/clearance", CLEARANCE)
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
        assertThat(police.get("/api/police-checks/" + caseId)
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("OPEN");
    }

    static Stream<Arguments> badInput() {
        String longName = "x".repeat(101);
        return Stream.of(
                Arguments.of("clearance", "malformed JSON", "{\"note\":\"x\",", "(body)"),
                Arguments.of("clearance", "unknown field", "{\"note\":\"x\",\"colour\":\"red\"}", "colour"),
                // who acts is who signed in: a body cannot name someone else as the officer
                Arguments.of("clearance", "an officer in the body", "{\"officer\":\"TWA001\"}", "officer"),
                Arguments.of("clearance", "wrong type", "{\"note\":[\"x\"]}", "note"),
                Arguments.of("clearance", "over-long note", "{\"note\":\"" + "x".repeat(2_001) + "\"}", "note"),
                Arguments.of("take-over", "missing reason", "{}", "reason"),
                Arguments.of("take-over", "blank reason", "{\"reason\":\"  \"}", "reason"),
                Arguments.of("take-over", "wrong type", "{\"reason\":{\"a\":1}}", "reason"),
                Arguments.of("take-over", "over-long reason", "{\"reason\":\"" + "x".repeat(2_001) + "\"}", "reason"),
                Arguments.of(
                        "take-over", "an officer in the body", "{\"officer\":\"TWA001\",\"reason\":\"x\"}", "officer"),
                Arguments.of("decision", "missing outcome", "{\"meeting\":\"NEXT_AD_HOC\"}", "outcome"),
                Arguments.of("decision", "unknown outcome", "{\"outcome\":\"MAYBE\"}", "outcome"),
                Arguments.of("decision", "wrong type", "{\"outcome\":[\"PRESENT\"]}", "outcome"),
                Arguments.of("decision", "presented without a meeting", "{\"outcome\":\"PRESENT\"}", "meeting"),
                Arguments.of(
                        "decision",
                        "presented with a reason",
                        "{\"outcome\":\"PRESENT\",\"meeting\":\"NEXT_FIXED\",\"reason\":\"UNFOUNDED\"}",
                        "reason"),
                Arguments.of(
                        "decision",
                        "not presented without a reason",
                        "{\"outcome\":\"NOT_PRESENTED\",\"explanation\":\"Intet\"}",
                        "reason"),
                Arguments.of(
                        "decision",
                        "unknown reason",
                        "{\"outcome\":\"NOT_PRESENTED\",\"reason\":\"BORING\",\"explanation\":\"x\"}",
                        "reason"),
                Arguments.of(
                        "decision",
                        "not presented without an explanation",
                        "{\"outcome\":\"NOT_PRESENTED\",\"reason\":\"UNFOUNDED\"}",
                        "explanation"),
                Arguments.of(
                        "decision",
                        "redirected without a receiving unit",
                        "{\"outcome\":\"NOT_PRESENTED\",\"reason\":\"REDIRECTED\",\"explanation\":\"x\"}",
                        "receivingUnit"),
                Arguments.of(
                        "decision",
                        "an absence though both recorded their view",
                        "{\"outcome\":\"PRESENT\",\"meeting\":\"NEXT_FIXED\",\"absenceReason\":\"Ferie\"}",
                        "absenceReason"),
                Arguments.of(
                        "decision",
                        "the other coordinator named though they recorded their view",
                        "{\"outcome\":\"PRESENT\",\"meeting\":\"NEXT_FIXED\",\"otherCoordinator\":\"ulla\"}",
                        "otherCoordinator"),
                Arguments.of(
                        "decision",
                        "over-long other coordinator",
                        "{\"outcome\":\"PRESENT\",\"meeting\":\"NEXT_FIXED\",\"otherCoordinator\":\"" + longName
                                + "\"}",
                        "otherCoordinator"),
                Arguments.of(
                        "decision",
                        "both coordinators in the body",
                        "{\"outcome\":\"PRESENT\",\"meeting\":\"NEXT_FIXED\",\"municipalCoordinator\":\"Ulla\"}",
                        "municipalCoordinator"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badInput")
    void badInputIsA400NamingTheFieldAndNothingIsStored(String action, String what, String body, String field) {
        // clearance and take-over go to an open check, a decision to a cleared one: each would succeed there
        UUID caseId = action.equals("decision") ? clearedCase() : openCase();
        String before = settled(caseId);

        Response response = police.post("/api/police-checks/" + caseId + "/" + action, body);

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
        assertThat(police.get("/api/police-checks/" + unknown).status()).isEqualTo(404);
        Response clearance = police.post("/api/police-checks/" + unknown + "/clearance", CLEARANCE);
        assertThat(clearance.status()).as(clearance.toString()).isEqualTo(404);
        assertThat(clearance.json().path("type").asString()).isEqualTo("https://infohus.dk/problems/not-found");
        assertThat(police.post("/api/police-checks/" + unknown + "/decision", PRESENT)
                        .status())
                .isEqualTo(404);
        assertThat(mongo.getCollection("policeChecks").countDocuments(new Document("_id", unknown.toString())))
                .isZero();

        Response notAnId = police.get("/api/police-checks/not-a-uuid");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.json().get("errors").findValuesAsString("field")).containsExactly("caseId");
        Response noSuchState = police.get("/api/police-checks?state=LOST");
        assertThat(noSuchState.status()).isEqualTo(400);
        assertThat(noSuchState.json().get("errors").findValuesAsString("field")).containsExactly("state");
    }

    @Test
    void theMunicipalCoordinatorSeesTheOutcomeOfThePoliceCheckButNotThePoliceFindings() {
        UUID cleared = clearedCheck(TestTokens.HERNING);
        UUID takenOver = openCheck(true, Instant.now());
        assertThat(police.post("/api/police-checks/" + takenOver + "/take-over", TAKE_OVER)
                        .status())
                .isEqualTo(200);

        Response clearedSeen = municipal.get("/api/police-checks/" + cleared);
        Response takenOverSeen = municipal.get("/api/police-checks/" + takenOver);

        assertThat(clearedSeen.status()).as(clearedSeen.toString()).isEqualTo(200);
        JsonNode clearedCheck = clearedSeen.json();
        assertThat(clearedCheck.get("state").asString()).isEqualTo("CLEARED");
        assertThat(clearedCheck.get("clearance").get("officer").asString()).isEqualTo("torben");
        assertThat(clearedCheck.get("clearance").get("at").isNull()).isFalse();
        assertThat(clearedCheck.get("clearance").get("note").isNull()).isTrue();
        assertThat(clearedCheck.get("policeFindingsWithheld").asBoolean()).isTrue();
        // every concern of their municipality, the person included
        assertThat(clearedCheck.get("subject").get("name").asString()).isEqualTo("Ali Jensen");
        assertThat(clearedSeen.body()).doesNotContain("politiets systemer");

        assertThat(takenOverSeen.status()).as(takenOverSeen.toString()).isEqualTo(200);
        JsonNode takenOverCheck = takenOverSeen.json();
        assertThat(takenOverCheck.get("state").asString()).isEqualTo("TAKEN_OVER_BY_POLICE");
        // of a concern the police took over, the municipality sees only that the police have it
        assertThat(takenOverCheck.get("onlyThatThePoliceHaveIt").asBoolean()).isTrue();
        assertThat(takenOverCheck.get("takeOver").isNull()).isTrue();
        assertThat(takenOverCheck.get("subject").isNull()).isTrue();
        assertThat(takenOverSeen.body()).doesNotContain("efterforskning");

        // the police coordinator sees the findings of the same checks
        assertThat(police.get("/api/police-checks/" + cleared)
                        .json()
                        .get("clearance")
                        .get("note")
                        .asString())
                .isEqualTo("Intet i politiets systemer.");
        assertThat(police.get("/api/police-checks/" + takenOver)
                        .json()
                        .get("takeOver")
                        .get("reason")
                        .asString())
                .isEqualTo("Verserende efterforskning.");
    }

    @Test
    void aThirdConcernToldInFullShowsEveryDetailAndItsEarlierConcernsAndPassesTheWholePersonOn() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        TestKafka.send(codec.toRecord(outbox.messageFor(new ConcernReceived(
                caseId,
                TestTokens.HERNING,
                Instant.now(),
                "PERSON",
                "STAFF",
                false,
                List.of("udbreder-voldslegitimerende-budskaber"),
                ALI_TOLD_IN_FULL,
                List.of(first, second)))));
        await().until(() -> police.get("/api/police-checks/" + caseId).status() == 200);

        // the police coordinator, and the municipal coordinator who sees the person too
        for (TestHttp coordinator : List.of(police, municipal)) {
            Response detail = coordinator.get("/api/police-checks/" + caseId);
            assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
            JsonNode check = detail.json();
            assertThat(check.get("concernNumberAboutSubject").asInt()).isEqualTo(3);
            assertThat(texts(check.get("earlierConcerns"))).containsExactly(first.toString(), second.toString());
            JsonNode subject = check.get("subject");
            assertThat(subject.get("kind").asString()).isEqualTo("PERSON");
            assertThat(subject.get("name").asString()).isEqualTo("Ali Jensen");
            assertThat(subject.get("birthDate").asString()).isEqualTo("2011-05-17");
            assertThat(subject.get("address").asString()).isEqualTo("Bredgade 1, 7400 Herning");
            assertThat(subject.get("age").asInt()).isEqualTo(15);
            assertThat(subject.get("groupDescription").isNull()).isTrue();
            assertThat(subject.get("when").asString()).isEqualTo("Siden efterårsferien, flere gange om ugen");
            assertThat(subject.get("where").asString()).isEqualTo("Klassens chat og skolegården");
            assertThat(texts(subject.get("onlinePlatforms"))).containsExactly("TikTok", "Discord");
            assertThat(texts(subject.get("links")))
                    .containsExactly("https://www.tiktok.com/@example", "https://discord.gg/example");
            assertThat(subject.get("otherAuthorities").asString()).isEqualTo("SSP er orienteret; kendt af PPR");
            assertThat(subject.get("reporterRelation").asString()).isEqualTo("Klasselærer");
        }

        // the queue says it is the third concern about the person, and still nothing about them
        for (TestHttp coordinator : List.of(police, municipal)) {
            Response queue = coordinator.get("/api/police-checks?state=OPEN&size=100");
            JsonNode item = itemOf(coordinator, caseId);
            assertThat(item.get("concernNumberAboutSubject").asInt()).isEqualTo(3);
            assertThat(texts(item.get("earlierConcerns"))).containsExactly(first.toString(), second.toString());
            assertThat(queue.body()).doesNotContain("TikTok", "tiktok.com", "efterårsferien", "Klasselærer", "SSP er");
        }

        // what screening stored it restores whole: the presentation carries every detail to Infohus
        assertThat(police.post("/api/police-checks/" + caseId + "/clearance", CLEARANCE)
                        .status())
                .isEqualTo(200);
        recordBothViews(caseId);
        assertThat(police.post("/api/police-checks/" + caseId + "/decision", PRESENT)
                        .status())
                .isEqualTo(200);
        var presented = (ConcernHandedOverToInfohus)
                json.read(HANDED_OVER, awaitHandover(caseId).value());
        assertThat(presented.subject()).isEqualTo(ALI_TOLD_IN_FULL);
        assertThat(presented.subject().links()).containsExactlyElementsOf(ALI_TOLD_IN_FULL.links());
        JsonNode decided = police.get("/api/police-checks/" + caseId).json();
        assertThat(decided.get("concernNumberAboutSubject").asInt()).isEqualTo(3);
        assertThat(decided.get("subject").get("reporterRelation").asString()).isEqualTo("Klasselærer");
    }

    @Test
    void aCheckStoredBeforeConcernsCarriedMoreDetailsStillLoadsAndIsTheFirstConcern() {
        UUID caseId = UUID.randomUUID();
        TestKafka.send(codec.toRecord(outbox.messageFor(new ConcernReceived(
                caseId,
                TestTokens.HERNING,
                Instant.now(),
                "PERSON",
                "STAFF",
                false,
                List.of("udbreder-voldslegitimerende-budskaber"),
                ALI_TOLD_IN_FULL,
                List.of(UUID.randomUUID())))));
        await().until(() -> police.get("/api/police-checks/" + caseId).status() == 200);
        settled(caseId);
        // as a document written before: the subject's five fields and no earlier concerns
        Document unset = new Document("earlierConcerns", "")
                .append("ageGroup", "")
                .append("sortDue", "")
                .append("deadlines", "")
                .append("notes", "");
        NEW_SUBJECT_FIELDS.forEach(field -> unset.append("subject." + field, ""));
        mongo.getCollection("policeChecks")
                .updateOne(new Document("_id", caseId.toString()), new Document("$unset", unset));
        assertThat(stored(caseId).containsKey("earlierConcerns")).isFalse();
        assertThat(stored(caseId).get("subject", Document.class).keySet())
                .containsExactlyInAnyOrder("name", "cprNumber", "birthDate", "address", "account");

        Response detail = police.get("/api/police-checks/" + caseId);

        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        JsonNode check = detail.json();
        assertThat(check.get("concernNumberAboutSubject").asInt()).isEqualTo(1);
        assertThat(check.get("earlierConcerns").isArray()).isTrue();
        assertThat(check.get("earlierConcerns").isEmpty()).isTrue();
        JsonNode subject = check.get("subject");
        assertThat(subject.get("name").asString()).isEqualTo("Ali Jensen");
        assertThat(subject.get("account").asString()).startsWith("Deler voldsforherligende");
        assertThat(subject.get("onlinePlatforms").isArray()).isTrue();
        assertThat(subject.get("onlinePlatforms").isEmpty()).isTrue();
        assertThat(subject.get("links").isEmpty()).isTrue();
        assertThat(subject.get("age").isNull()).isTrue();
        assertThat(subject.get("reporterRelation").isNull()).isTrue();
        JsonNode item = itemOf(police, caseId);
        assertThat(item.get("concernNumberAboutSubject").asInt()).isEqualTo(1);
        assertThat(item.get("earlierConcerns").isEmpty()).isTrue();

        // it can still be screened and presented, with what it holds of the person
        assertThat(police.post("/api/police-checks/" + caseId + "/clearance", CLEARANCE)
                        .status())
                .isEqualTo(200);
        recordBothViews(caseId);
        assertThat(police.post("/api/police-checks/" + caseId + "/decision", PRESENT)
                        .status())
                .isEqualTo(200);
        var presented = (ConcernHandedOverToInfohus)
                json.read(HANDED_OVER, awaitHandover(caseId).value());
        assertThat(presented.subject()).isEqualTo(ALI);
    }

    @Test
    void aCheckOfAnotherMunicipalityIsNotFoundAndNeverListed() {
        UUID herning = openCheck(false, Instant.now(), TestTokens.HERNING);
        UUID holstebroCheck = openCheck(false, Instant.now(), TestTokens.HOLSTEBRO);

        assertThat(municipal.get("/api/police-checks/" + herning).status()).isEqualTo(200);
        assertNotFoundAsIfUnknown(id -> municipal.get("/api/police-checks/" + id), holstebroCheck);
        assertThat(openQueueOf(municipal)).contains(herning.toString()).doesNotContain(holstebroCheck.toString());
        assertThat(allOf(municipal, "state=OPEN"))
                .extracting(item -> item.get("municipality").asString())
                .containsOnly(TestTokens.HERNING);

        assertThat(holstebro.get("/api/police-checks/" + holstebroCheck).status())
                .isEqualTo(200);
        assertNotFoundAsIfUnknown(id -> holstebro.get("/api/police-checks/" + id), herning);
        assertThat(openQueueOf(holstebro)).contains(holstebroCheck.toString()).doesNotContain(herning.toString());

        // the police coordinator works for every municipality of the police district
        assertThat(openQueueOf(police)).contains(herning.toString(), holstebroCheck.toString());
        assertThat(police.get("/api/police-checks/" + holstebroCheck).status()).isEqualTo(200);

        // and the police coordinator of another district for none of them
        assertNotFoundAsIfUnknown(id -> otherDistrict.get("/api/police-checks/" + id), herning);
        assertThat(openQueueOf(otherDistrict)).doesNotContain(herning.toString(), holstebroCheck.toString());
    }

    @Test
    void nobodyChangesACheckTheyMayNotSeeAndItIsNotFoundAsIfUnknown() {
        UUID open = openCheck(false, Instant.now());
        UUID cleared = clearedCheck(TestTokens.HERNING);
        String openBefore = settled(open);
        String clearedBefore = settled(cleared);

        assertNotFoundAsIfUnknown(id -> otherDistrict.post("/api/police-checks/" + id + "/clearance", CLEARANCE), open);
        assertNotFoundAsIfUnknown(id -> otherDistrict.post("/api/police-checks/" + id + "/take-over", TAKE_OVER), open);
        assertNotFoundAsIfUnknown(id -> otherDistrict.post("/api/police-checks/" + id + "/decision", PRESENT), cleared);
        assertNotFoundAsIfUnknown(id -> holstebro.post("/api/police-checks/" + id + "/decision", PRESENT), cleared);
        // screening is the police's: the municipal coordinator of the check's own municipality may not
        assertThat(municipal
                        .post("/api/police-checks/" + open + "/clearance", CLEARANCE)
                        .status())
                .isEqualTo(404);
        assertThat(municipal
                        .post("/api/police-checks/" + open + "/take-over", TAKE_OVER)
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/police-checks/" + open + "/clearance", CLEARANCE)
                        .status())
                .isEqualTo(401);
        assertThat(api.as(TestTokens.reporter())
                        .post("/api/police-checks/" + cleared + "/decision", PRESENT)
                        .status())
                .isEqualTo(404);

        assertThat(stored(open).toJson()).isEqualTo(openBefore);
        assertThat(stored(cleared).toJson()).isEqualTo(clearedBefore);
        // once per event id: a write right after another may put a published message back in the outbox,
        // and it is published again with the same id (see OutboxRelay)
        assertThat(TestKafka.readAll(
                                Topics.SCREENING_POLICE_CHECK,
                                r -> open.toString().equals(r.key())
                                        || cleared.toString().equals(r.key()))
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(
                                r -> TestKafka.header(r, "ce_id").orElseThrow(),
                                r -> TestKafka.header(r, "ce_type").orElseThrow(),
                                (first, again) -> first))
                        .values())
                .containsExactlyInAnyOrder(OPENED, OPENED, CLEARED);
    }

    @Test
    void theMunicipalCoordinatorCanListWhoReadAndChangedACheck() {
        UUID caseId = clearedCheck(TestTokens.HERNING);
        municipal.get("/api/police-checks/" + caseId);
        holstebro.get("/api/police-checks/" + caseId);

        // an entry is appended once the answer has gone, so the last one may follow a moment later
        await().untilAsserted(() -> {
            Response audit = municipal.get("/api/audit?record=" + caseId);
            assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
            List<String> entries = new ArrayList<>();
            for (JsonNode entry : audit.json()) {
                entries.add(
                        entry.get("actor").asString() + " " + entry.get("role").asString() + " "
                                + entry.get("action").asString() + " "
                                + entry.get("status").asInt());
            }
            assertThat(entries)
                    .contains(
                            "torben police-coordinator change 200",
                            "lise municipal-coordinator read 200",
                            "holger municipal-coordinator read 404");
            assertThat(audit.body()).doesNotContain("Ali", "170511", "politiets systemer");
        });
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

    private OutboxMessage concernReceived(UUID caseId, boolean acute, Instant receivedAt) {
        return concernReceived(caseId, acute, receivedAt, TestTokens.HERNING);
    }

    private OutboxMessage concernReceived(UUID caseId, boolean acute, Instant receivedAt, String municipality) {
        return outbox.messageFor(new ConcernReceived(
                caseId,
                municipality,
                receivedAt,
                "PERSON",
                "STAFF",
                acute,
                List.of("udbreder-voldslegitimerende-budskaber"),
                ALI));
    }

    /** Sends a concern of Herning's as intake would and waits until its police check is open. */
    private UUID openCheck(boolean acute, Instant receivedAt) {
        return openCheck(acute, receivedAt, TestTokens.HERNING);
    }

    private UUID openCheck(boolean acute, Instant receivedAt, String municipality) {
        UUID caseId = UUID.randomUUID();
        TestKafka.send(codec.toRecord(concernReceived(caseId, acute, receivedAt, municipality)));
        // the district's police coordinator sees the checks of all its municipalities
        await().until(() -> police.get("/api/police-checks/" + caseId).status() == 200);
        return caseId;
    }

    /** A cleared check whose two coordinators recorded their views: the decision may be taken. */
    private UUID clearedCheck(String municipality) {
        UUID caseId = openCheck(false, Instant.now(), municipality);
        assertThat(police.post("/api/police-checks/" + caseId + "/clearance", CLEARANCE)
                        .status())
                .isEqualTo(200);
        recordBothViews(caseId);
        return caseId;
    }

    /** Torben for the police and Lise for Herning record their views of a cleared check. */
    private void recordBothViews(UUID caseId) {
        for (TestHttp coordinator : List.of(police, municipal)) {
            Response view = coordinator.post(
                    "/api/police-checks/" + caseId + "/views", "{\"present\":true,\"note\":\"Enig.\"}");
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
        }
    }

    private ConsumerRecord<String, byte[]> awaitHandover(UUID caseId) {
        return TestKafka.awaitRecord(
                Topics.SCREENING_INFOHUS_HANDOVER, r -> caseId.toString().equals(r.key()));
    }

    /** Every check of the caller's queue with these parameters, page after page. */
    static List<JsonNode> allOf(TestHttp caller, String parameters) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            Response queue = caller.get(
                    "/api/police-checks?size=100&page=" + page + (parameters.isEmpty() ? "" : "&" + parameters));
            assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
            queue.json().get("items").forEach(items::add);
            if (!queue.json().get("hasNext").asBoolean()) {
                return items;
            }
        }
    }

    static List<String> caseIds(List<JsonNode> items) {
        return items.stream().map(item -> item.get("caseId").asString()).toList();
    }

    private UUID openCase() {
        if (openCase == null) {
            openCase = openCheck(false, Instant.now());
        }
        return openCase;
    }

    private UUID clearedCase() {
        if (clearedCase == null) {
            clearedCase = clearedCheck(TestTokens.HERNING);
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

    private static JsonNode itemOf(TestHttp caller, UUID caseId) {
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : allOf(caller, "state=OPEN")) {
            if (caseId.toString().equals(item.get("caseId").asString())) {
                items.add(item);
            }
        }
        assertThat(items).as("the queue lists %s once", caseId).hasSize(1);
        return items.get(0);
    }

    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).as(String.valueOf(array)).isTrue();
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asString()));
        return texts;
    }

    private static List<String> openQueueOf(TestHttp caller) {
        return caseIds(allOf(caller, "state=OPEN"));
    }

    /** The same request about a check the caller may not see answers exactly as about one that does not exist. */
    private static void assertNotFoundAsIfUnknown(Function<UUID, Response> request, UUID caseId) {
        Response response = request.apply(caseId);
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        UUID unknown = UUID.randomUUID();
        Response asIfUnknown = request.apply(unknown);
        assertThat(asIfUnknown.status()).isEqualTo(404);
        assertThat(response.body().replace(caseId.toString(), "{caseId}"))
                .isEqualTo(asIfUnknown.body().replace(unknown.toString(), "{caseId}"));
    }

    private static void assertConflict(Response response, String currentState) {
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("currentState").asString()).isEqualTo(currentState);
        assertThat(response.json().path("type").asString()).isEqualTo("https://infohus.dk/problems/illegal-transition");
    }
}
