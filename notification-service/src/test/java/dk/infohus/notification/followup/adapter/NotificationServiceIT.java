package dk.infohus.notification.followup.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.contracts.EventJson;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.notification.FollowUpReminderDue;
import dk.infohus.contracts.referral.ReferralAcknowledged;
import dk.infohus.contracts.referral.ReferralClosed;
import dk.infohus.contracts.referral.ReferralIssued;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxMessage;
import dk.infohus.testing.AccessMatrix;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestHttp.Response;
import dk.infohus.testing.TestKafka;
import dk.infohus.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

@InfohusServiceTest
@Import(ControlledTime.class)
@TestPropertySource(properties = ControlledTime.QUICK_CHECK)
class NotificationServiceIT {

    private static final String HERNING = TestTokens.HERNING;
    private static final String HOLSTEBRO = TestTokens.HOLSTEBRO;
    private static final String DUE_TYPE = "dk.infohus.notification.follow-up-reminder-due.v1";
    private static final String COLLECTION = "followUps";

    /** The user ids in the tokens of Herning's coordinator and caseworker. */
    private static final String COORDINATOR = "lise";

    private static final String CASEWORKER = "jens";

    /** As application.yml sets {@code infohus.follow-up.after}. */
    private static final Duration FOLLOW_UP_AFTER = Duration.ofDays(14);

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

    @Autowired
    AdjustableClock clock;

    TestHttp api;

    @BeforeAll
    static void referralOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.REFERRAL_REFERRAL);
        // two cores shared with other builds: the first consumer group join can take a while
        Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
    }

    @Test
    void anIssuedReferralNotifiesItsDepartmentAndSchedulesItsFollowUpInOneWrite() {
        UUID caseId = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        String department = aDepartment();
        Instant issuedAt = now();

        OutboxMessage issued = issue(caseId, referral, department, issuedAt);

        // both parts and the consumed event id arrived in the one insert
        Document stored = awaitStored(referral);
        assertThat(stored.get("version", Number.class).longValue()).isZero();
        assertThat(stored.getList("processedEventIds", String.class)).containsExactly(issued.eventId());
        assertThat(stored.get("notification", Document.class).getString("state"))
                .isEqualTo("UNREAD");
        assertThat(stored.get("reminder", Document.class).getString("state")).isEqualTo("SCHEDULED");

        Response inbox = caseworkerOf(department).get("/api/notifications?department=" + department + "&state=UNREAD");
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        assertThat(inbox.json().size()).isEqualTo(1);
        JsonNode notification = inbox.json().get(0);
        assertThat(notification.get("referralId").asString()).isEqualTo(referral.toString());
        assertThat(notification.get("caseId").asString()).isEqualTo(caseId.toString());
        assertThat(notification.get("municipality").asString()).isEqualTo(HERNING);
        assertThat(notification.get("department").asString()).isEqualTo(department);
        assertThat(Instant.parse(notification.get("issuedAt").asString())).isEqualTo(issuedAt);
        assertThat(notification.get("state").asString()).isEqualTo("UNREAD");

        Response reminder = coordinator().get("/api/reminders/" + referral);
        assertThat(reminder.status()).as(reminder.toString()).isEqualTo(200);
        assertThat(reminder.json().get("state").asString()).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(reminder.json().get("dueAt").asString())).isEqualTo(issuedAt.plus(FOLLOW_UP_AFTER));
        assertThat(UUID.fromString(reminder.json().get("reminderId").asString()))
                .isNotEqualTo(referral);
        assertThat(reminder.json().get("department").asString()).isEqualTo(department);
    }

    @Test
    void aCaseworkerReadsTheNotificationOnceAndItLeavesTheUnreadList() {
        UUID referral = UUID.randomUUID();
        String department = aDepartment();
        issue(UUID.randomUUID(), referral, department, now());
        awaitStored(referral);

        Response read = caseworkerOf(department).post("/api/notifications/" + referral + "/read", "{}");

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("state").asString()).isEqualTo("READ");
        assertThat(read.json().get("readBy").asString())
                .as("the reader is the signed-in caseworker")
                .isEqualTo(CASEWORKER);
        assertThat(referralIds(
                        caseworkerOf(department).get("/api/notifications?department=" + department + "&state=UNREAD")))
                .isEmpty();
        assertThat(referralIds(
                        caseworkerOf(department).get("/api/notifications?department=" + department + "&state=READ")))
                .containsExactly(referral.toString());
        assertThat(referralIds(caseworkerOf(department)
                        .get("/api/notifications?department=" + department + "&municipality=" + HOLSTEBRO)))
                .as("a municipality the caseworker does not work for lists nothing")
                .isEmpty();

        Response again = caseworkerOf(department).post("/api/notifications/" + referral + "/read", "{}");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("currentState").asString()).isEqualTo("READ");
    }

    @Test
    void aReminderFallsDueWhenItsTimeHasComeTellsTheCoordinatorAndIsCompletedOnce() {
        UUID caseId = UUID.randomUUID();
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        String department = aDepartment();
        issue(caseId, newer, department, now().minus(Duration.ofHours(1)));
        issue(caseId, older, department, now().minus(Duration.ofHours(2)));
        awaitStored(older);
        awaitStored(newer);
        assertThat(dueList()).doesNotContain(older.toString(), newer.toString());

        clock.advance(FOLLOW_UP_AFTER);

        await().until(() ->
                reminderState(older).equals("DUE") && reminderState(newer).equals("DUE"));
        var record = TestKafka.awaitRecord(Topics.NOTIFICATION_FOLLOW_UP, r -> isDueEventFor(r, caseId, older));
        assertThat(TestKafka.header(record, "ce_type")).contains(DUE_TYPE);
        assertThat(TestKafka.header(record, "ce_subject")).contains(caseId.toString());
        assertThat(TestKafka.header(record, "ce_source")).contains("/infohus/notification-service");
        var due = (FollowUpReminderDue) json.read(DUE_TYPE, record.value());
        JsonNode reminder = coordinator().get("/api/reminders/" + older).json();
        assertThat(due.reminderId().toString())
                .isEqualTo(reminder.get("reminderId").asString());
        assertThat(due.department()).isEqualTo(department);
        assertThat(due.municipality()).isEqualTo(HERNING);
        assertThat(reminder.get("fellDueAt").isNull()).isFalse();

        // the coordinator's overdue list, the one due first first
        assertThat(dueList().stream().filter(id -> id.equals(older.toString()) || id.equals(newer.toString())))
                .containsExactly(older.toString(), newer.toString());

        Response done =
                coordinator().post("/api/reminders/" + older + "/completion", "{\"note\":\"Opfølgningsmøde holdt.\"}");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("state").asString()).isEqualTo("DONE");
        assertThat(done.json().get("completedBy").asString())
                .as("the follow-up is recorded by the signed-in coordinator")
                .isEqualTo(COORDINATOR);
        assertThat(done.json().get("note").asString()).isEqualTo("Opfølgningsmøde holdt.");
        assertThat(dueList()).doesNotContain(older.toString()).contains(newer.toString());

        Response again = coordinator().post("/api/reminders/" + older + "/completion", "{}");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("currentState").asString()).isEqualTo("DONE");
    }

    @Test
    void aRedeliveredReferralIssuedChangesNothingAndTheReminderFallsDueOnlyOnce() {
        UUID caseId = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        String department = aDepartment();
        OutboxMessage issued = issue(caseId, referral, department, now());
        awaitStored(referral);
        clock.advance(FOLLOW_UP_AFTER);
        await().until(() -> reminderState(referral).equals("DUE"));
        await().until(() -> stored(referral).getList("outbox", Object.class).isEmpty());
        Document before = stored(referral);

        // the same event again, as after a crash before the consumer committed its offset
        TestKafka.send(codec.toRecord(issued));
        // a referral of the same case (same key, same partition) issued long ago: once it is due, the
        // redelivery before it was consumed and the check ran again after it
        UUID marker = UUID.randomUUID();
        issue(caseId, marker, department, now().minus(FOLLOW_UP_AFTER).minus(Duration.ofMinutes(1)));
        await().until(() -> stored(marker) != null && reminderState(marker).equals("DUE"));
        TestKafka.awaitRecord(Topics.NOTIFICATION_FOLLOW_UP, r -> isDueEventFor(r, caseId, marker));

        Document after = stored(referral);
        assertThat(after.get("version")).isEqualTo(before.get("version"));
        assertThat(after.getList("processedEventIds", String.class)).containsExactly(issued.eventId());
        assertThat(after.get("reminder", Document.class)).isEqualTo(before.get("reminder", Document.class));
        assertThat(deadLetters(issued.eventId()))
                .as("a redelivery is no failure")
                .isEmpty();
        // a relay may publish a message twice; consumers know it by its id, so count ids
        assertThat(dueEventsFor(caseId, referral).stream()
                        .map(r -> TestKafka.header(r, "ce_id").orElseThrow())
                        .distinct())
                .hasSize(1);
    }

    @Test
    void anAcknowledgementMarksTheNotificationReadAndAClosedReferralCancelsItsReminderOnceEach() {
        UUID caseId = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        String department = aDepartment();
        OutboxMessage issued = issue(caseId, referral, department, now());
        awaitStored(referral);

        OutboxMessage acknowledged = outbox.messageFor(
                new ReferralAcknowledged(caseId, HERNING, now(), referral, department, "Sara Sagsbehandler"));
        TestKafka.send(codec.toRecord(acknowledged));
        await().until(() -> referralIds(
                        caseworkerOf(department).get("/api/notifications?department=" + department + "&state=READ"))
                .contains(referral.toString()));
        JsonNode notification = caseworkerOf(department)
                .get("/api/notifications?department=" + department)
                .json()
                .get(0);
        assertThat(notification.get("readBy").asString()).isEqualTo("Sara Sagsbehandler");

        OutboxMessage closed = outbox.messageFor(new ReferralClosed(
                caseId, HERNING, now(), referral, department, "Sara Sagsbehandler", "MEASURES_STARTED"));
        TestKafka.send(codec.toRecord(closed));
        await().until(() -> reminderState(referral).equals("CANCELLED"));
        assertThat(coordinator()
                        .get("/api/reminders/" + referral)
                        .json()
                        .get("cancelledAt")
                        .isNull())
                .isFalse();
        Object version = stored(referral).get("version");

        // both again, then a referral of the same case issued long ago: once it is due, both
        // redeliveries were consumed and the check ran after them
        TestKafka.send(codec.toRecord(acknowledged));
        TestKafka.send(codec.toRecord(closed));
        UUID marker = UUID.randomUUID();
        issue(caseId, marker, department, now().minus(FOLLOW_UP_AFTER).minus(Duration.ofMinutes(1)));
        await().until(() -> stored(marker) != null && reminderState(marker).equals("DUE"));
        TestKafka.awaitRecord(Topics.NOTIFICATION_FOLLOW_UP, r -> isDueEventFor(r, caseId, marker));

        Document after = stored(referral);
        assertThat(after.get("version")).isEqualTo(version);
        assertThat(after.getList("processedEventIds", String.class))
                .containsExactly(issued.eventId(), acknowledged.eventId(), closed.eventId());
        assertThat(reminderState(referral)).isEqualTo("CANCELLED");
        assertThat(dueEventsFor(caseId, referral))
                .as("a cancelled reminder never falls due")
                .isEmpty();
        assertThat(deadLetters(acknowledged.eventId()))
                .as("a redelivery is no failure")
                .isEmpty();
        assertThat(deadLetters(closed.eventId()))
                .as("a redelivery is no failure")
                .isEmpty();

        Response complete = coordinator().post("/api/reminders/" + referral + "/completion", "{}");
        assertThat(complete.status()).as(complete.toString()).isEqualTo(409);
        assertThat(complete.json().get("currentState").asString()).isEqualTo("CANCELLED");
        assertThat(complete.json().path("type").asString()).isEqualTo("https://infohus.dk/problems/illegal-transition");
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextIsStillProcessed() {
        UUID caseId = UUID.randomUUID();
        String poisonKey = caseId.toString();
        TestKafka.send(new ProducerRecord<>(
                Topics.REFERRAL_REFERRAL, poisonKey, "{not a cloud event".getBytes(StandardCharsets.UTF_8)));
        UUID referral = UUID.randomUUID();
        issue(caseId, referral, aDepartment(), now());

        var dead = TestKafka.awaitRecord(Topics.deadLetterOf(Topics.REFERRAL_REFERRAL), r -> poisonKey.equals(r.key()));
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not a cloud event");
        assertThat(TestKafka.header(dead, "kafka_dlt-exception-cause-fqcn"))
                .contains("dk.infohus.contracts.InvalidEvent");
        assertThat(awaitStored(referral).get("reminder", Document.class).getString("state"))
                .isEqualTo("SCHEDULED");
    }

    @Test
    void aCoordinatorSeesAndFollowsUpOnlyTheirOwnMunicipalitysReferrals() {
        String department = aDepartment();
        UUID herning = UUID.randomUUID();
        UUID holstebro = UUID.randomUUID();
        issue(UUID.randomUUID(), herning, HERNING, department, now());
        issue(UUID.randomUUID(), holstebro, HOLSTEBRO, department, now());
        awaitStored(herning);
        Document holstebroBefore = awaitStored(holstebro);

        // a record of another municipality answers exactly as one that does not exist
        Response hidden = coordinator().get("/api/reminders/" + holstebro);
        UUID unknown = UUID.randomUUID();
        Response missing = coordinator().get("/api/reminders/" + unknown);
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(404);
        assertThat(hidden.body().replace(holstebro.toString(), "ID"))
                .isEqualTo(missing.body().replace(unknown.toString(), "ID"));
        Response complete = coordinator().post("/api/reminders/" + holstebro + "/completion", "{}");
        assertThat(complete.status()).as(complete.toString()).isEqualTo(404);
        assertThat(stored(holstebro)).as("nothing changed").isEqualTo(holstebroBefore);

        assertThat(referralIds(coordinator().get("/api/reminders")))
                .contains(herning.toString())
                .doesNotContain(holstebro.toString());
        assertThat(referralIds(coordinator().get("/api/reminders?municipality=" + HOLSTEBRO)))
                .as("naming another municipality lists nothing of it")
                .isEmpty();
        assertThat(referralIds(coordinator().get("/api/notifications?department=" + department)))
                .containsExactly(herning.toString());

        // and the other way round
        assertThat(coordinatorOfHolstebro().get("/api/reminders/" + holstebro).status())
                .isEqualTo(200);
        assertThat(coordinatorOfHolstebro().get("/api/reminders/" + herning).status())
                .isEqualTo(404);
        assertThat(referralIds(coordinatorOfHolstebro().get("/api/reminders")))
                .contains(holstebro.toString())
                .doesNotContain(herning.toString());
        assertThat(referralIds(coordinatorOfHolstebro().get("/api/notifications?department=" + department)))
                .containsExactly(holstebro.toString());
    }

    @Test
    void aCaseworkerSeesAndReadsOnlyTheirOwnDepartmentsNotifications() {
        String department = aDepartment();
        String otherDepartment = aDepartment();
        UUID referral = UUID.randomUUID();
        issue(UUID.randomUUID(), referral, department, now());
        Document before = awaitStored(referral);

        Response otherList = caseworkerOf(otherDepartment).get("/api/notifications?department=" + department);
        assertThat(otherList.status())
                .as("another department's list: " + otherList)
                .isEqualTo(404);
        assertThat(otherList.contentType()).startsWith("application/problem+json");
        assertThat(caseworkerOf(otherDepartment)
                        .post("/api/notifications/" + referral + "/read", "{}")
                        .status())
                .isEqualTo(404);
        assertThat(caseworkerOfHolstebro(department)
                        .post("/api/notifications/" + referral + "/read", "{}")
                        .status())
                .as("the department of the same code in another municipality")
                .isEqualTo(404);
        assertThat(referralIds(caseworkerOfHolstebro(department).get("/api/notifications?department=" + department)))
                .isEmpty();
        // the coordinator sees the notification, but reading it is the department's
        assertThat(referralIds(coordinator().get("/api/notifications?department=" + department)))
                .containsExactly(referral.toString());
        assertThat(coordinator()
                        .post("/api/notifications/" + referral + "/read", "{}")
                        .status())
                .isEqualTo(404);
        // and following it up is the coordinator's
        assertThat(caseworkerOf(department).get("/api/reminders/" + referral).status())
                .isEqualTo(404);
        assertThat(caseworkerOf(department).get("/api/reminders").status()).isEqualTo(404);
        assertThat(caseworkerOf(department)
                        .post("/api/reminders/" + referral + "/completion", "{}")
                        .status())
                .isEqualTo(404);
        assertThat(stored(referral)).as("nothing changed").isEqualTo(before);

        assertThat(referralIds(caseworkerOf(department).get("/api/notifications?department=" + department)))
                .containsExactly(referral.toString());
    }

    @Test
    void withoutSignInNothingIsShownOrChanged() {
        UUID referral = UUID.randomUUID();
        String department = aDepartment();
        issue(UUID.randomUUID(), referral, department, now());
        Document before = awaitStored(referral);

        for (Response response : List.of(
                api.get("/api/notifications?department=" + department),
                api.post("/api/notifications/" + referral + "/read", "{}"),
                api.get("/api/reminders"),
                api.get("/api/reminders/" + referral),
                api.post("/api/reminders/" + referral + "/completion", "{}"))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
            assertThat(response.body()).doesNotContain(referral.toString());
        }
        assertThat(stored(referral)).isEqualTo(before);
    }

    @Test
    void theBodyMayBeLeftOutWhenTheCallerSaysItAll() throws Exception {
        UUID read = UUID.randomUUID();
        UUID followedUp = UUID.randomUUID();
        String department = aDepartment();
        issue(UUID.randomUUID(), read, department, now());
        issue(UUID.randomUUID(), followedUp, department, now());
        awaitStored(read);
        awaitStored(followedUp);

        Response readWithoutBody =
                postWithoutBody("/api/notifications/" + read + "/read", TestTokens.departmentCaseworker(department));
        assertThat(readWithoutBody.status()).as(readWithoutBody.toString()).isEqualTo(200);
        assertThat(readWithoutBody.json().get("readBy").asString()).isEqualTo(CASEWORKER);

        Response doneWithEmptyBody = coordinator().post("/api/reminders/" + followedUp + "/completion", "");
        assertThat(doneWithEmptyBody.status()).as(doneWithEmptyBody.toString()).isEqualTo(200);
        assertThat(doneWithEmptyBody.json().get("state").asString()).isEqualTo("DONE");
        assertThat(doneWithEmptyBody.json().get("completedBy").asString()).isEqualTo(COORDINATOR);
        assertThat(doneWithEmptyBody.json().get("note").isNull()).isTrue();
    }

    @Test
    void everyAccessToAReferralIsAuditedUnderItsIdWithWhoAndTheAnswer() {
        UUID referral = UUID.randomUUID();
        String department = aDepartment();
        issue(UUID.randomUUID(), referral, department, now());
        awaitStored(referral);

        caseworkerOf(department).post("/api/notifications/" + referral + "/read", "{}");
        coordinatorOfHolstebro().get("/api/reminders/" + referral);
        coordinator().post("/api/reminders/" + referral + "/completion", "{}");

        // an entry is appended once the answer has gone, so the last may come a moment later
        await().untilAsserted(() -> {
            Response audit = coordinator().get("/api/audit?record=" + referral);
            assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
            assertThat(StreamSupport.stream(audit.json().spliterator(), false)
                            .map(entry -> entry.get("actor").asString() + " "
                                    + entry.get("role").asString() + " "
                                    + entry.get("action").asString() + " "
                                    + entry.get("status").asInt())
                            .toList())
                    .containsExactlyInAnyOrder(
                            CASEWORKER + " department-caseworker change 200",
                            "holger municipal-coordinator read 404",
                            COORDINATOR + " municipal-coordinator change 200");
        });
    }

    static Stream<Arguments> badInput() {
        String completion = "completion";
        String read = "read";
        return Stream.of(
                Arguments.of("malformed JSON", completion, "{\"note\":", "(body)"),
                Arguments.of("actor in the body", completion, "{\"completedBy\":\"Kim\"}", "completedBy"),
                Arguments.of("unknown field", completion, "{\"note\":\"Holdt.\",\"colour\":\"red\"}", "colour"),
                Arguments.of("wrong type of note", completion, "{\"note\":{\"a\":1}}", "note"),
                Arguments.of("over-long note", completion, "{\"note\":\"" + "x".repeat(2_001) + "\"}", "note"),
                Arguments.of("malformed JSON", read, "{\"caseworker\"", "(body)"),
                Arguments.of("actor in the body", read, "{\"caseworker\":\"Sara\"}", "caseworker"),
                Arguments.of("unknown field", read, "{\"when\":\"now\"}", "when"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("badInput")
    void badInputIsA400NamingTheFieldAndNothingIsStored(String what, String action, String body, String field) {
        UUID referral = UUID.randomUUID();
        String department = aDepartment();
        issue(UUID.randomUUID(), referral, department, now());
        Document before = awaitStored(referral);
        Response response = action.equals("read")
                ? caseworkerOf(department).post("/api/notifications/" + referral + "/read", body)
                : coordinator().post("/api/reminders/" + referral + "/completion", body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString())
                .as(response.toString())
                .isEqualTo("https://infohus.dk/problems/invalid-input");
        if (!field.equals("(body)")) {
            assertThat(response.json().get("errors").findValuesAsString("field"))
                    .as(response.toString())
                    .contains(field);
        }
        assertThat(stored(referral)).isEqualTo(before);
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("/api/notifications?department=B%C3%B8rn%20og%20Unge", "department"),
                Arguments.of("/api/notifications?department=" + "x".repeat(61), "department"),
                Arguments.of("/api/notifications?department=boern-og-forebyggelse&state=LOST", "state"),
                Arguments.of(
                        "/api/notifications?department=boern-og-forebyggelse&municipality=Herning", "municipality"),
                Arguments.of("/api/reminders?state=LATE", "state"),
                Arguments.of("/api/reminders?municipality=65", "municipality"),
                Arguments.of("/api/reminders/not-a-uuid", "referralId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badQueries")
    void aBadQueryIsA400NamingTheParameter(String path, String parameter) {
        Response response = coordinator().get(path);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .as(response.toString())
                .contains(parameter);
    }

    @Test
    void aDepartmentMustBeNamedToListNotifications() {
        Response response = coordinator().get("/api/notifications");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("department");
    }

    @Test
    void unknownReferralsAreA404AndNothingIsCreated() {
        UUID unknown = UUID.randomUUID();

        assertThat(coordinator().get("/api/reminders/" + unknown).status()).isEqualTo(404);
        Response read = caseworkerOf(AccessMatrix.DEPARTMENT).post("/api/notifications/" + unknown + "/read", "{}");
        assertThat(read.status()).as(read.toString()).isEqualTo(404);
        assertThat(read.contentType()).startsWith("application/problem+json");
        Response complete = coordinator().post("/api/reminders/" + unknown + "/completion", "{}");
        assertThat(complete.status()).as(complete.toString()).isEqualTo(404);
        assertThat(stored(unknown)).isNull();
    }

    @Test
    void healthIsUp() {
        Response readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    private OutboxMessage issue(UUID caseId, UUID referral, String department, Instant issuedAt) {
        return issue(caseId, referral, HERNING, department, issuedAt);
    }

    private OutboxMessage issue(UUID caseId, UUID referral, String municipality, String department, Instant issuedAt) {
        OutboxMessage message =
                outbox.messageFor(new ReferralIssued(caseId, municipality, issuedAt, referral, department));
        TestKafka.send(codec.toRecord(message));
        return message;
    }

    /** A POST with neither body nor content type, which {@link TestHttp} does not send. */
    private Response postWithoutBody(String path, String token) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response);
    }

    /** Herning's municipal coordinator, who follows up every referral of Herning. */
    private TestHttp coordinator() {
        return api.as(TestTokens.municipalCoordinator());
    }

    /** Holstebro's municipal coordinator. */
    private TestHttp coordinatorOfHolstebro() {
        return api.as(TestTokens.municipalCoordinatorOf(HOLSTEBRO));
    }

    /** A caseworker of the department in Herning. */
    private TestHttp caseworkerOf(String department) {
        return api.as(TestTokens.departmentCaseworker(department));
    }

    /** A caseworker of a department of the same code in Holstebro. */
    private TestHttp caseworkerOfHolstebro(String department) {
        return api.as(TestTokens.as("hanne", "department-caseworker", HOLSTEBRO)
                .claim("department", department)
                .sign());
    }

    /** The service's time, to the millisecond MongoDB keeps. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A department code of this test's own, so that its lists hold only what the test made. */
    private static String aDepartment() {
        return "team-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    }

    private Document stored(UUID referral) {
        return mongo.getCollection(COLLECTION)
                .find(new Document("_id", referral.toString()))
                .first();
    }

    private Document awaitStored(UUID referral) {
        await().until(() -> stored(referral) != null);
        return stored(referral);
    }

    private String reminderState(UUID referral) {
        return coordinator()
                .get("/api/reminders/" + referral)
                .json()
                .get("state")
                .asString();
    }

    private List<String> dueList() {
        return referralIds(coordinator().get("/api/reminders?state=DUE"));
    }

    private static List<String> referralIds(Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return StreamSupport.stream(list.json().spliterator(), false)
                .map(item -> item.get("referralId").asString())
                .toList();
    }

    private boolean isDueEventFor(ConsumerRecord<String, byte[]> record, UUID caseId, UUID referral) {
        return caseId.toString().equals(record.key())
                && TestKafka.header(record, "ce_type").filter(DUE_TYPE::equals).isPresent()
                && ((FollowUpReminderDue) json.read(DUE_TYPE, record.value()))
                        .referralId()
                        .equals(referral);
    }

    /** Why the consumer of referral events gave up on the event with this CloudEvent id, if it did. */
    private static List<String> deadLetters(String eventId) {
        return TestKafka.readAll(
                        Topics.deadLetterOf(Topics.REFERRAL_REFERRAL),
                        r -> TestKafka.header(r, "ce_id")
                                .filter(eventId::equals)
                                .isPresent())
                .stream()
                .map(r -> TestKafka.header(r, "kafka_dlt-exception-cause-fqcn").orElse("(no cause)"))
                .toList();
    }

    private List<ConsumerRecord<String, byte[]>> dueEventsFor(UUID caseId, UUID referral) {
        return TestKafka.readAll(Topics.NOTIFICATION_FOLLOW_UP, r -> isDueEventFor(r, caseId, referral));
    }
}
