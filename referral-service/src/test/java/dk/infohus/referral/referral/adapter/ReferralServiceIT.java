package dk.infohus.referral.referral.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.contracts.EventJson;
import dk.infohus.contracts.EventType;
import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.assessment.RecommendationMade;
import dk.infohus.contracts.referral.ReferralAcknowledged;
import dk.infohus.contracts.referral.ReferralClosed;
import dk.infohus.contracts.referral.ReferralIssued;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxMessage;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestHttp.Response;
import dk.infohus.testing.TestKafka;
import dk.infohus.testing.TestTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
class ReferralServiceIT {

    private static final String CHILDREN = "boern-og-forebyggelse";
    private static final String EMPLOYMENT = "beskaeftigelse-25-plus";
    private static final String PSYCHIATRY = "handicap-og-psykiatri";

    private static final String HERNING = TestTokens.HERNING;
    private static final String HOLSTEBRO = TestTokens.HOLSTEBRO;

    /** The user id in {@link TestTokens#departmentCaseworker}: a caseworker of Herning. */
    private static final String JENS = "jens";

    private static final String ISSUED = EventType.REFERRAL_ISSUED.typeName();
    private static final String ACKNOWLEDGED = EventType.REFERRAL_ACKNOWLEDGED.typeName();
    private static final String CLOSED = EventType.REFERRAL_CLOSED.typeName();

    /** A referral that only the bad-input tests use, and that must stay untouched by them. */
    private static volatile IssuedReferral untouched;

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

    record IssuedReferral(UUID caseId, UUID referralId) {}

    @BeforeAll
    static void assessmentOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.ASSESSMENT_INFOHUS_CASE);
    }

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
    }

    @Test
    void aRecommendationIssuesOneReferralPerDepartmentInOneWrite() {
        UUID caseId = UUID.randomUUID();
        OutboxMessage recommended = recommendation(caseId, CHILDREN, EMPLOYMENT);

        TestKafka.send(codec.toRecord(recommended));

        var records = awaitEvents(caseId, 2);
        assertThat(records).hasSize(2);
        assertThat(records).allSatisfy(record -> {
            assertThat(TestKafka.header(record, "ce_type")).contains(ISSUED);
            assertThat(TestKafka.header(record, "ce_subject")).contains(caseId.toString());
            assertThat(TestKafka.header(record, "ce_source")).contains("/infohus/referral-service");
            assertThat(TestKafka.header(record, "ce_specversion")).contains("1.0");
        });
        List<ReferralIssued> issued =
                records.stream().map(r -> (ReferralIssued) event(r)).toList();
        assertThat(issued).extracting(ReferralIssued::department).containsExactlyInAnyOrder(CHILDREN, EMPLOYMENT);
        assertThat(issued).allSatisfy(event -> {
            assertThat(event.caseId()).isEqualTo(caseId);
            assertThat(event.municipality()).isEqualTo("657");
        });

        // once any event is out, both referrals and the consumed event id are stored: one write held them all
        Document stored = stored(caseId);
        assertThat(stored.getList("processedEventIds", String.class)).containsExactly(recommended.eventId());
        assertThat(stored.getList("referrals", Document.class))
                .extracting(referral -> referral.getString("referralId"))
                .containsExactlyInAnyOrderElementsOf(issued.stream()
                        .map(event -> event.referralId().toString())
                        .toList());
        await().untilAsserted(() ->
                assertThat(stored(caseId).getList("outbox", Object.class)).isEmpty());

        UUID toChildren = issued.stream()
                .filter(event -> event.department().equals(CHILDREN))
                .findFirst()
                .orElseThrow()
                .referralId();
        Response inbox = caseworkerOf(CHILDREN).get("/api/referrals?department=" + CHILDREN + "&state=ISSUED");
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        JsonNode line = lineFor(inbox, toChildren);
        assertThat(line.get("caseId").asString()).isEqualTo(caseId.toString());
        assertThat(line.get("department").asString()).isEqualTo(CHILDREN);
        assertThat(line.get("state").asString()).isEqualTo("ISSUED");
        assertThat(Instant.parse(line.get("issuedAt").asString())).isBeforeOrEqualTo(Instant.now());
        assertThat(line.propertyNames())
                .containsExactlyInAnyOrder("referralId", "caseId", "department", "state", "issuedAt");
        assertThat(inbox.json().get("referrals").findValuesAsString("department"))
                .containsOnly(CHILDREN);

        Response referral = caseworkerOf(CHILDREN).get("/api/referrals/" + toChildren);
        assertThat(referral.status()).as(referral.toString()).isEqualTo(200);
        assertThat(referral.json().get("caseId").asString()).isEqualTo(caseId.toString());
        assertThat(referral.json().get("municipality").asString()).isEqualTo("657");
        assertThat(referral.json().get("state").asString()).isEqualTo("ISSUED");
        assertThat(referral.json().get("focusDimensions").valueStream().map(JsonNode::asString))
                .containsExactly("familie", "netvaerk-og-fritid");
    }

    @Test
    void aDepartmentAcknowledgesAndClosesItsReferralOnceEach() {
        IssuedReferral issued = issue(CHILDREN);
        String path = "/api/referrals/" + issued.referralId();
        TestHttp caseworker = caseworkerOf(CHILDREN);

        Response tooEarly = caseworker.post(path + "/closure", "{\"outcome\":\"NO_MEASURES\"}");
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
        assertThat(tooEarly.contentType()).startsWith("application/problem+json");
        assertThat(tooEarly.json().get("currentState").asString()).isEqualTo("ISSUED");
        assertThat(stateOf(issued)).isEqualTo("ISSUED");

        // no body at all: who acknowledges is the signed-in caseworker, which referral the path says
        Response acknowledged = caseworker.post(path + "/acknowledgement", "");
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        assertThat(acknowledged.json().get("referralId").asString())
                .isEqualTo(issued.referralId().toString());
        assertThat(acknowledged.json().get("state").asString()).isEqualTo("ACKNOWLEDGED");
        var acknowledgement = (ReferralAcknowledged) event(awaitEvent(issued.caseId(), ACKNOWLEDGED));
        assertThat(acknowledgement.referralId()).isEqualTo(issued.referralId());
        assertThat(acknowledgement.department()).isEqualTo(CHILDREN);
        assertThat(acknowledgement.caseworker())
                .as("the user id from the token")
                .isEqualTo(JENS);

        assertThat(inboxOf(CHILDREN, "ISSUED"))
                .doesNotContain(issued.referralId().toString());
        assertThat(inboxOf(CHILDREN, "ACKNOWLEDGED"))
                .contains(issued.referralId().toString());

        Response twice = caseworker.post(path + "/acknowledgement", "{}");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.json().get("currentState").asString()).isEqualTo("ACKNOWLEDGED");

        Response closed = caseworker.post(path + "/closure", "{\"outcome\":\"MEASURES_STARTED\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("state").asString()).isEqualTo("CLOSED");
        var closure = (ReferralClosed) event(awaitEvent(issued.caseId(), CLOSED));
        assertThat(closure.referralId()).isEqualTo(issued.referralId());
        assertThat(closure.caseworker()).isEqualTo(JENS);
        assertThat(closure.outcome()).isEqualTo("MEASURES_STARTED");

        JsonNode referral = caseworker.get(path).json();
        assertThat(referral.get("state").asString()).isEqualTo("CLOSED");
        assertThat(referral.get("outcome").asString()).isEqualTo("MEASURES_STARTED");
        assertThat(referral.get("acknowledgedBy").asString()).isEqualTo(JENS);
        assertThat(referral.get("closedBy").asString()).isEqualTo(JENS);
        assertThat(Instant.parse(referral.get("closedAt").asString()))
                .isAfterOrEqualTo(Instant.parse(referral.get("acknowledgedAt").asString()));
        assertThat(inboxOf(CHILDREN, null)).contains(issued.referralId().toString());

        Response afterClose = caseworker.post(path + "/acknowledgement", "{}");
        assertThat(afterClose.status()).as(afterClose.toString()).isEqualTo(409);
        assertThat(afterClose.json().get("currentState").asString()).isEqualTo("CLOSED");
        assertThat(eventsOf(issued.caseId()))
                .as("one event per transition that happened, none for those refused")
                .extracting(record -> TestKafka.header(record, "ce_type").orElseThrow())
                .containsExactly(ISSUED, ACKNOWLEDGED, CLOSED);
    }

    @Test
    void aRedeliveredRecommendationChangesNothing() {
        UUID caseId = UUID.randomUUID();
        OutboxMessage first = recommendation(caseId, CHILDREN, EMPLOYMENT);
        TestKafka.send(codec.toRecord(first));
        awaitEvents(caseId, 2);
        await().untilAsserted(() ->
                assertThat(stored(caseId).getList("outbox", Object.class)).isEmpty());
        Document before = stored(caseId);

        // the same event again, as after a crash before the consumer committed its offset
        TestKafka.send(codec.toRecord(first));
        consumedUpTo(caseId);

        Document after = stored(caseId);
        assertThat(after.get("version")).as("no write at all").isEqualTo(before.get("version"));
        assertThat(after.get("referrals")).isEqualTo(before.get("referrals"));
        assertThat(after.getList("processedEventIds", String.class)).containsExactly(first.eventId());
        assertThat(eventsOf(caseId)).as("no second ReferralIssued").hasSize(2);
    }

    @Test
    void aLaterRecommendationRefersOnlyDepartmentsWithoutAnOpenReferral() {
        UUID caseId = UUID.randomUUID();
        OutboxMessage first = recommendation(caseId, CHILDREN, EMPLOYMENT);
        TestKafka.send(codec.toRecord(first));
        awaitEvents(caseId, 2);

        OutboxMessage later = recommendation(caseId, CHILDREN, PSYCHIATRY);
        TestKafka.send(codec.toRecord(later));
        var issued = (ReferralIssued) event(awaitEvent(caseId, ISSUED, PSYCHIATRY));

        Document stored = stored(caseId);
        assertThat(stored.getList("processedEventIds", String.class)).containsExactly(first.eventId(), later.eventId());
        assertThat(stored.getList("referrals", Document.class))
                .extracting(referral -> referral.getString("department"))
                .containsExactly(CHILDREN, EMPLOYMENT, PSYCHIATRY);
        assertThat(coordinator()
                        .get("/api/referrals/" + issued.referralId())
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("ISSUED");
        await().untilAsserted(() ->
                assertThat(stored(caseId).getList("outbox", Object.class)).isEmpty());
        assertThat(eventsOf(caseId))
                .map(record -> ((ReferralIssued) event(record)).department())
                .containsExactlyInAnyOrder(CHILDREN, EMPLOYMENT, PSYCHIATRY);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextIsStillProcessed() {
        UUID caseId = UUID.randomUUID();
        String poisonKey = caseId.toString();
        var poison = new ProducerRecord<String, byte[]>(
                Topics.ASSESSMENT_INFOHUS_CASE, poisonKey, "{not a cloud event".getBytes(StandardCharsets.UTF_8));
        TestKafka.send(poison);
        TestKafka.send(codec.toRecord(recommendation(caseId, PSYCHIATRY)));

        var dead = TestKafka.awaitRecord(
                Topics.deadLetterOf(Topics.ASSESSMENT_INFOHUS_CASE), r -> poisonKey.equals(r.key()));
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not a cloud event");
        assertThat(TestKafka.header(dead, "kafka_dlt-exception-cause-fqcn"))
                .contains("dk.infohus.contracts.InvalidEvent");
        var issued = (ReferralIssued) event(awaitEvent(caseId, ISSUED));
        assertThat(issued.department()).isEqualTo(PSYCHIATRY);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("acknowledgement", "malformed JSON", "{\"outcome\":", "(body)"),
                Arguments.of("acknowledgement", "not an object", "[\"jens\"]", "(body)"),
                Arguments.of("acknowledgement", "unknown field", "{\"colour\":\"red\"}", "colour"),
                Arguments.of(
                        "acknowledgement",
                        "caseworker named in the body, as before sign-in",
                        "{\"caseworker\":\"Karin\"}",
                        "caseworker"),
                Arguments.of("closure", "malformed JSON", "{\"outcome\"", "(body)"),
                Arguments.of("closure", "no body", "", "(body)"),
                Arguments.of(
                        "closure",
                        "unknown field",
                        "{\"outcome\":\"NO_MEASURES\",\"measures\":\"mentor\"}",
                        "measures"),
                Arguments.of("closure", "unknown outcome", "{\"outcome\":\"MAYBE\"}", "outcome"),
                Arguments.of("closure", "wrong type", "{\"outcome\":{\"a\":1}}", "outcome"),
                Arguments.of("closure", "missing outcome", "{}", "outcome"),
                Arguments.of(
                        "closure",
                        "caseworker named in the body, as before sign-in",
                        "{\"caseworker\":\"Karin\",\"outcome\":\"NO_MEASURES\"}",
                        "caseworker"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badInput")
    void badInputIsA400NamingTheFieldAndNothingIsStored(String action, String what, String body, String field) {
        IssuedReferral referral = untouchedReferral();
        Object version = stored(referral.caseId()).get("version");

        Response response =
                caseworkerOf(EMPLOYMENT).post("/api/referrals/" + referral.referralId() + "/" + action, body);

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
        Document stored = stored(referral.caseId());
        assertThat(stored.get("version")).isEqualTo(version);
        assertThat(stored.getList("referrals", Document.class))
                .singleElement()
                .extracting(r -> r.getString("state"))
                .isEqualTo("ISSUED");
    }

    static Stream<Arguments> badInboxQueries() {
        return Stream.of(
                Arguments.of("no department", "", "department"),
                Arguments.of(
                        "not a department code",
                        "?department=" + URLEncoder.encode("Børn og unge", StandardCharsets.UTF_8),
                        "department"),
                Arguments.of("over-long department", "?department=" + "x".repeat(61), "department"),
                Arguments.of("unknown state", "?department=" + CHILDREN + "&state=OPEN", "state"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInboxQueries")
    void aBadInboxQueryIsA400NamingTheParameter(String what, String query, String field) {
        Response response = coordinator().get("/api/referrals" + query);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .as(response.toString())
                .contains(field);
    }

    @Test
    void unknownReferralsAreA404() {
        UUID unknown = UUID.randomUUID();
        assertThat(coordinator().get("/api/referrals/" + unknown).status()).isEqualTo(404);
        assertThat(caseworkerOf(CHILDREN).get("/api/referrals/" + unknown).status())
                .isEqualTo(404);
        assertThat(caseworkerOf(CHILDREN)
                        .post("/api/referrals/" + unknown + "/acknowledgement", "{}")
                        .status())
                .isEqualTo(404);
        assertThat(caseworkerOf(CHILDREN)
                        .post("/api/referrals/" + unknown + "/closure", "{\"outcome\":\"NO_MEASURES\"}")
                        .status())
                .isEqualTo(404);
        assertThat(coordinator().get("/api/referrals/not-a-uuid").status()).isEqualTo(400);
        Response empty = coordinator().get("/api/referrals?department=ingen-afdeling");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("referrals").isEmpty()).isTrue();
    }

    @Test
    void aCaseworkerSeesAndActsOnOnlyTheReferralsToTheirOwnDepartment() {
        UUID caseId = UUID.randomUUID();
        TestKafka.send(codec.toRecord(recommendation(caseId, CHILDREN, EMPLOYMENT)));
        UUID toChildren = referralIdOf(awaitEvent(caseId, ISSUED, CHILDREN));
        UUID toEmployment = referralIdOf(awaitEvent(caseId, ISSUED, EMPLOYMENT));
        Object version = stored(caseId).get("version");
        TestHttp employment = caseworkerOf(EMPLOYMENT);

        assertLooksUnknown(employment, "/api/referrals/%s", null, toChildren);
        assertLooksUnknown(employment, "/api/referrals/%s/acknowledgement", "{}", toChildren);
        assertLooksUnknown(employment, "/api/referrals/%s/closure", "{\"outcome\":\"NO_MEASURES\"}", toChildren);
        Response othersInbox = employment.get("/api/referrals?department=" + CHILDREN);
        assertThat(othersInbox.status())
                .as("another department's inbox does not exist for them")
                .isEqualTo(404);
        assertThat(othersInbox.contentType()).startsWith("application/problem+json");
        Response ownInbox = employment.get("/api/referrals?department=" + EMPLOYMENT);
        assertThat(ownInbox.status()).isEqualTo(200);
        assertThat(ownInbox.json().get("referrals").findValuesAsString("referralId"))
                .contains(toEmployment.toString())
                .doesNotContain(toChildren.toString());
        assertThat(employment.get("/api/referrals/" + toEmployment).status()).isEqualTo(200);

        assertThat(stored(caseId).get("version")).as("nothing written").isEqualTo(version);
        assertThat(stateOf(new IssuedReferral(caseId, toChildren))).isEqualTo("ISSUED");
        assertThat(eventsOf(caseId)).hasSize(2);
    }

    @Test
    void noRoleReadsAcrossMunicipalities() {
        IssuedReferral herning = issue(HERNING, CHILDREN);
        IssuedReferral holstebro = issue(HOLSTEBRO, CHILDREN);
        TestHttp holstebroCoordinator = api.as(TestTokens.municipalCoordinatorOf(HOLSTEBRO));
        TestHttp holstebroCaseworker = caseworker("karen", HOLSTEBRO, CHILDREN);

        assertLooksUnknown(holstebroCoordinator, "/api/referrals/%s", null, herning.referralId());
        assertLooksUnknown(holstebroCaseworker, "/api/referrals/%s", null, herning.referralId());
        assertLooksUnknown(holstebroCaseworker, "/api/referrals/%s/acknowledgement", "{}", herning.referralId());
        assertLooksUnknown(caseworkerOf(CHILDREN), "/api/referrals/%s", null, holstebro.referralId());
        assertLooksUnknown(coordinator(), "/api/referrals/%s", null, holstebro.referralId());
        assertLooksUnknown(caseworkerOf(CHILDREN), "/api/referrals/%s/acknowledgement", "{}", holstebro.referralId());

        assertThat(listed(holstebroCoordinator, CHILDREN))
                .contains(holstebro.referralId().toString())
                .doesNotContain(herning.referralId().toString());
        assertThat(listed(holstebroCaseworker, CHILDREN))
                .contains(holstebro.referralId().toString())
                .doesNotContain(herning.referralId().toString());
        assertThat(listed(coordinator(), CHILDREN))
                .contains(herning.referralId().toString())
                .doesNotContain(holstebro.referralId().toString());
        assertThat(listed(caseworkerOf(CHILDREN), CHILDREN))
                .contains(herning.referralId().toString())
                .doesNotContain(holstebro.referralId().toString());

        Response ownMunicipality =
                holstebroCaseworker.post("/api/referrals/" + holstebro.referralId() + "/acknowledgement", "{}");
        assertThat(ownMunicipality.status()).as(ownMunicipality.toString()).isEqualTo(200);
        var acknowledgement = (ReferralAcknowledged) event(awaitEvent(holstebro.caseId(), ACKNOWLEDGED));
        assertThat(acknowledgement.municipality()).isEqualTo(HOLSTEBRO);
        assertThat(acknowledgement.caseworker()).isEqualTo("karen");
        assertThat(stateOf(herning)).isEqualTo("ISSUED");
    }

    @Test
    void theMunicipalCoordinatorFollowsEveryDepartmentButActsOnNone() {
        IssuedReferral issued = issue(PSYCHIATRY);
        String path = "/api/referrals/" + issued.referralId();

        Response read = coordinator().get(path);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("department").asString()).isEqualTo(PSYCHIATRY);
        assertThat(listed(coordinator(), PSYCHIATRY))
                .contains(issued.referralId().toString());

        assertThat(coordinator().post(path + "/acknowledgement", "{}").status()).isEqualTo(404);
        assertThat(coordinator()
                        .post(path + "/closure", "{\"outcome\":\"NO_MEASURES\"}")
                        .status())
                .isEqualTo(404);
        assertThat(stateOf(issued)).isEqualTo("ISSUED");
    }

    @Test
    void callersWhoMayNotUseTheReferralsAreRefusedWithoutLearningAnything() {
        IssuedReferral issued = issue(CHILDREN);
        String path = "/api/referrals/" + issued.referralId();

        Response anonymous = api.get(path);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(api.post(path + "/acknowledgement", "{}").status()).isEqualTo(401);
        for (String token : List.of(
                TestTokens.reporter(),
                TestTokens.policeCoordinator(),
                TestTokens.infohusMember(CHILDREN),
                TestTokens.networkMember(),
                TestTokens.administrator())) {
            TestHttp signedIn = api.as(token);
            assertThat(signedIn.get(path).status()).isEqualTo(404);
            assertThat(signedIn.get("/api/referrals?department=" + CHILDREN).status())
                    .isEqualTo(404);
            assertThat(signedIn.post(path + "/acknowledgement", "{}").status()).isEqualTo(404);
        }
        Response expired = api.as(TestTokens.as(JENS, "department-caseworker", HERNING)
                        .claim("department", CHILDREN)
                        .expired()
                        .sign())
                .get(path);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(stateOf(issued)).isEqualTo("ISSUED");
    }

    @Test
    void everyAccessToAReferralIsAuditedUnderItsId() {
        IssuedReferral issued = issue(CHILDREN);
        String path = "/api/referrals/" + issued.referralId();
        caseworkerOf(CHILDREN).get(path);
        caseworker("erik", HERNING, EMPLOYMENT).get(path);
        caseworkerOf(CHILDREN).post(path + "/acknowledgement", "{}");

        await().untilAsserted(() -> {
            Response trail = coordinator().get("/api/audit?record=" + issued.referralId());
            assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
            assertThat(trail.json()
                            .valueStream()
                            .map(entry -> entry.get("actor").asString() + " "
                                    + entry.get("role").asString() + " "
                                    + entry.get("action").asString() + " "
                                    + entry.get("status").asInt()))
                    .containsExactly(
                            "jens department-caseworker read 200",
                            "erik department-caseworker read 404",
                            "jens department-caseworker change 200");
        });
    }

    @Test
    void healthIsUp() {
        Response readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    private OutboxMessage recommendation(UUID caseId, String... departments) {
        return recommendationIn(HERNING, caseId, departments);
    }

    private OutboxMessage recommendationIn(String municipality, UUID caseId, String... departments) {
        return outbox.messageFor(new RecommendationMade(
                caseId, municipality, Instant.now(), List.of(departments), List.of("familie", "netvaerk-og-fritid")));
    }

    /** Infohus in Herning recommends one department; returns the referral once it was issued. */
    private IssuedReferral issue(String department) {
        return issue(HERNING, department);
    }

    private IssuedReferral issue(String municipality, String department) {
        UUID caseId = UUID.randomUUID();
        TestKafka.send(codec.toRecord(recommendationIn(municipality, caseId, department)));
        var issued = (ReferralIssued) event(awaitEvent(caseId, ISSUED));
        return new IssuedReferral(caseId, issued.referralId());
    }

    private UUID referralIdOf(ConsumerRecord<String, byte[]> record) {
        return ((ReferralIssued) event(record)).referralId();
    }

    /** A caseworker of the department in Herning: {@value #JENS}. */
    private TestHttp caseworkerOf(String department) {
        return api.as(TestTokens.departmentCaseworker(department));
    }

    private TestHttp caseworker(String userId, String municipality, String department) {
        return api.as(TestTokens.as(userId, "department-caseworker", municipality)
                .claim("department", department)
                .sign());
    }

    /** The municipal coordinator of Herning. */
    private TestHttp coordinator() {
        return api.as(TestTokens.municipalCoordinator());
    }

    private static List<String> listed(TestHttp as, String department) {
        Response inbox = as.get("/api/referrals?department=" + department);
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        return inbox.json().get("referrals").findValuesAsString("referralId");
    }

    /**
     * The caller gets exactly the answer they get for a referral that does not exist: a record they may not
     * see must not even show that it exists.
     */
    private static void assertLooksUnknown(TestHttp as, String pathFormat, @Nullable String body, UUID hidden) {
        UUID unknown = UUID.randomUUID();
        Response toHidden = send(as, pathFormat.formatted(hidden), body);
        Response toUnknown = send(as, pathFormat.formatted(unknown), body);
        assertThat(toHidden.status()).as(toHidden.toString()).isEqualTo(404);
        assertThat(toHidden.contentType()).isEqualTo(toUnknown.contentType());
        assertThat(toHidden.body().replace(hidden.toString(), "<id>"))
                .isEqualTo(toUnknown.body().replace(unknown.toString(), "<id>"));
    }

    private static Response send(TestHttp as, String path, @Nullable String body) {
        return body == null ? as.get(path) : as.post(path, body);
    }

    private IssuedReferral untouchedReferral() {
        if (untouched == null) {
            untouched = issue(EMPLOYMENT);
        }
        return untouched;
    }

    /**
     * The case's events on the referral topic, in order, each once: the relay and the outbox sweep may
     * both publish a message, and a re-publish keeps its CloudEvent id, so it is the same event.
     */
    private static List<ConsumerRecord<String, byte[]>> eventsOf(UUID caseId) {
        Map<String, ConsumerRecord<String, byte[]>> byId = new LinkedHashMap<>();
        for (var record : TestKafka.readAll(
                Topics.REFERRAL_REFERRAL, r -> caseId.toString().equals(r.key()))) {
            byId.putIfAbsent(TestKafka.header(record, "ce_id").orElseThrow(), record);
        }
        return List.copyOf(byId.values());
    }

    private static List<ConsumerRecord<String, byte[]>> awaitEvents(UUID caseId, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> eventsOf(caseId), events -> events.size() >= count);
    }

    private ConsumerRecord<String, byte[]> awaitEvent(UUID caseId, String type) {
        return TestKafka.awaitRecord(
                Topics.REFERRAL_REFERRAL,
                r -> caseId.toString().equals(r.key())
                        && TestKafka.header(r, "ce_type").equals(Optional.of(type)));
    }

    private ConsumerRecord<String, byte[]> awaitEvent(UUID caseId, String type, String department) {
        return TestKafka.awaitRecord(
                Topics.REFERRAL_REFERRAL,
                r -> caseId.toString().equals(r.key())
                        && TestKafka.header(r, "ce_type").equals(Optional.of(type))
                        && department.equals(((ReferralIssued) event(r)).department()));
    }

    /**
     * Waits until the listener has consumed everything sent on the case's key so far. A record that
     * is no CloudEvent goes straight to the dead-letter topic without touching any document; records
     * of one key share a partition, so once it is there, everything sent before it was consumed.
     */
    private static void consumedUpTo(UUID caseId) {
        String marker = "marker " + UUID.randomUUID();
        TestKafka.send(new ProducerRecord<>(
                Topics.ASSESSMENT_INFOHUS_CASE, caseId.toString(), marker.getBytes(StandardCharsets.UTF_8)));
        TestKafka.awaitRecord(
                Topics.deadLetterOf(Topics.ASSESSMENT_INFOHUS_CASE),
                r -> caseId.toString().equals(r.key()) && marker.equals(new String(r.value(), StandardCharsets.UTF_8)));
    }

    private InfohusEvent event(ConsumerRecord<String, byte[]> record) {
        return json.read(TestKafka.header(record, "ce_type").orElseThrow(), record.value());
    }

    private String stateOf(IssuedReferral referral) {
        return coordinator()
                .get("/api/referrals/" + referral.referralId())
                .json()
                .get("state")
                .asString();
    }

    private List<String> inboxOf(String department, String state) {
        Response inbox = caseworkerOf(department)
                .get("/api/referrals?department=" + department + (state == null ? "" : "&state=" + state));
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        return inbox.json().get("referrals").findValuesAsString("referralId");
    }

    private static JsonNode lineFor(Response inbox, UUID referralId) {
        return inbox.json()
                .get("referrals")
                .valueStream()
                .filter(line -> line.get("referralId").asString().equals(referralId.toString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("referral " + referralId + " not in " + inbox));
    }

    private Document stored(UUID caseId) {
        return mongo.getCollection("referrals")
                .find(new Document("_id", caseId.toString()))
                .first();
    }
}
