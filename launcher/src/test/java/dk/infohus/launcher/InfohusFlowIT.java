package dk.infohus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestHttp.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole system as {@code ./infohus run} starts it: a Kafka broker and the durable MongoDB-wire
 * server as child processes, the five services from their packaged jars. A concern is walked through
 * all five services with the REST calls of the README, and the final state is read from every store. The
 * stack is the one this run shares ({@link SharedStack}); the tests that kill the broker or the store wait for
 * it to be started again, so the classes after this one find every part running.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedStack.class)
class InfohusFlowIT {

    private static final String DEPARTMENT = "boern-og-forebyggelse";
    private static final Duration FLOW = Duration.ofSeconds(60);
    private static final Pattern TRACE = Pattern.compile("\\[([0-9a-f]{32})-[0-9a-f]{16}\\]");

    /** The shared stack's data directory. */
    static Path data;

    static LocalStack stack;
    static DemoTokens tokens;
    static Map<Service, TestHttp> api = new EnumMap<>(Service.class);
    static MongoClient mongo;

    @BeforeAll
    static void startEverything(LocalStack shared) {
        stack = shared;
        tokens = new DemoTokens(shared);
        data = stack.dataDirectory();
        for (Service service : Service.values()) {
            api.put(service, TestHttp.at(stack.url(service).toString()));
        }
        mongo = MongoClients.create(stack.mongoUri());
    }

    /** The stack is shared with the other classes of this run ({@link SharedStack}), which closes it at the end. */
    @AfterAll
    static void closeClients() {
        if (mongo != null) {
            mongo.close();
        }
    }

    @Test
    @Order(0)
    void theIdentityProviderRunsBeforeTheServicesAndKeepsItsSigningKeyInTheDataDirectory() {
        Response discovery = TestHttp.at(stack.identityIssuer().toString()).get("/.well-known/openid-configuration");

        assertThat(discovery.status()).as(discovery.toString()).isEqualTo(200);
        assertThat(discovery.json().get("issuer").asString())
                .isEqualTo(stack.identityIssuer().toString());
        assertThat(data.resolve("identity").resolve("signing-key.json")).isRegularFile();
        assertThat(stack.pids()).containsKey(LocalStack.IDENTITY_PROVIDER);
        for (Service service : Service.values()) {
            assertThat(stack.serviceArguments(service))
                    .contains("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + stack.identityIssuer());
            assertThat(stack.gatewayArguments())
                    .contains("--infohus.gateway.services." + service.shortName() + "=" + stack.url(service));
        }
        assertThat(stack.gatewayArguments())
                .contains("--spring.security.oauth2.client.provider.infohus.issuer-uri=" + stack.identityIssuer());
    }

    @Test
    @Order(1)
    void aConcernFlowsThroughAllFiveServicesAndEveryStoreHoldsItsPart() throws IOException {
        Response received = as(Service.INTAKE, "lene").post("/api/concerns", concern("Ali Jensen"));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String caseId = received.json().get("concernId").asString();
        String receipt = received.json().get("receiptCode").asString();

        // police screening: the check is opened from the event, the police coordinator clears it
        // police screening: the police coordinator sees the check in the queue and clears it
        TestHttp screening = as(Service.SCREENING, "torben");
        await().atMost(FLOW)
                .until(() -> screening.get("/api/police-checks/" + caseId).status() == 200);
        assertThat(screening.get("/api/police-checks?state=OPEN&size=100").body())
                .contains(caseId);
        ok(screening.post("/api/police-checks/" + caseId + "/clearance", "{}"));
        // the two coordinators record their views and decide to present it to Infohus
        TestHttp municipalCoordinator = as(Service.SCREENING, "lise");
        ok(screening.post("/api/police-checks/" + caseId + "/views", "{\"present\":true}"));
        ok(municipalCoordinator.post("/api/police-checks/" + caseId + "/views", "{\"present\":true}"));
        ok(municipalCoordinator.post(
                "/api/police-checks/" + caseId + "/decision", "{\"outcome\":\"PRESENT\",\"meeting\":\"NEXT_AD_HOC\"}"));

        // Infohus assessment: a recommendation naming a department
        TestHttp assessment = as(Service.ASSESSMENT, "lise");
        await().atMost(FLOW)
                .until(() -> assessment.get("/api/infohus-cases/" + caseId).status() == 200);
        ok(assessment.post(
                "/api/infohus-cases/" + caseId + "/recommendation",
                "{\"departments\":[\"" + DEPARTMENT + "\"],\"focusDimensions\":[\"netvaerk-og-fritid\"],"
                        + "\"mainProblems\":\"Isolation og onlinenetværk\",\"resources\":\"Støttende mor\"}"));

        // referral to the department, then the department's notification with a follow-up reminder
        // the department's caseworker sees the referral in the department's inbox
        TestHttp referral = as(Service.REFERRAL, "jens");
        await().atMost(FLOW)
                .until(() -> referral.get("/api/referrals?department=" + DEPARTMENT)
                        .body()
                        .contains(caseId));
        String referralId = referralIdOf(referral.get("/api/referrals?department=" + DEPARTMENT), caseId);
        TestHttp notification = as(Service.NOTIFICATION, "lise");
        await().atMost(FLOW)
                .until(() -> notification.get("/api/reminders/" + referralId).status() == 200);
        Response reminder = notification.get("/api/reminders/" + referralId);
        assertThat(reminder.json().toString()).contains("SCHEDULED");
        assertThat(as(Service.NOTIFICATION, "jens")
                        .get("/api/notifications?department=" + DEPARTMENT)
                        .body())
                .contains(referralId);

        // the reporter's view: being handled, never details
        Response status = api.get(Service.INTAKE).get("/api/receipts/" + receipt);
        assertThat(status.json().get("status").asString()).isEqualTo("BEING_HANDLED");
        assertThat(status.json().propertyNames())
                .as("the status, and whether an outcome will be shown (a professional's concern): never details")
                .containsExactlyInAnyOrder("status", "outcomeToBeShown");

        // every store holds its part, and every outbox has been emptied
        await().atMost(FLOW).untilAsserted(() -> {
            assertThat(stored(Service.INTAKE, caseId)).containsEntry("status", "BEING_HANDLED");
            assertThat(stored(Service.SCREENING, caseId)).containsEntry("state", "PRESENTED_TO_INFOHUS");
            assertThat(stored(Service.ASSESSMENT, caseId)).containsEntry("state", "RECOMMENDED");
            assertThat(stored(Service.REFERRAL, caseId).toJson()).contains(referralId, "ISSUED");
            assertThat(storedAnywhere(Service.NOTIFICATION, referralId).toJson())
                    .contains("SCHEDULED", "UNREAD");
            for (Service service : Service.values()) {
                assertThat(pendingOutboxes(service)).as(service + " outbox").isZero();
            }
        });

        // one trace follows each chain of events from the person who started it through every service it reaches
        String reported = traceOfLastLogLine(Service.INTAKE, caseId);
        assertThat(logOf(Service.SCREENING)).contains(reported);
        String decided = traceOfLastLogLine(Service.SCREENING, caseId);
        assertThat(logOf(Service.ASSESSMENT)).contains(decided);
        String recommended = traceOfLastLogLine(Service.ASSESSMENT, caseId);
        assertThat(logOf(Service.REFERRAL)).contains(recommended);
        assertThat(logOf(Service.NOTIFICATION)).contains(recommended);
    }

    @Test
    @Order(2)
    void aRedeliveredEventChangesNothing() {
        String caseId = as(Service.INTAKE, "lene")
                .post("/api/concerns", concern("Sara Holm"))
                .json()
                .get("concernId")
                .asString();
        await().atMost(FLOW)
                .until(() -> as(Service.SCREENING, "torben")
                                .get("/api/police-checks/" + caseId)
                                .status()
                        == 200);
        await().atMost(FLOW).until(() -> pendingOutboxes(Service.SCREENING) == 0);
        Document before = stored(Service.SCREENING, caseId);

        // the very record intake published, sent again as after a consumer crash before its commit
        ConsumerRecord<String, byte[]> original = firstRecord("intake.concern.v1", caseId);
        send(new ProducerRecord<>("intake.concern.v1", null, caseId, original.value(), original.headers()));
        // once screening's listener (its id is its consumer group) has no lag, the redelivery was consumed
        String later = as(Service.INTAKE, "lene")
                .post("/api/concerns", concern("Mikkel Dahl"))
                .json()
                .get("concernId")
                .asString();
        await().atMost(FLOW)
                .until(() -> as(Service.SCREENING, "torben")
                                .get("/api/police-checks/" + later)
                                .status()
                        == 200);
        await().atMost(FLOW).until(() -> consumerLag("screening-intake-events", "intake.concern.v1") == 0);

        Document after = stored(Service.SCREENING, caseId);
        assertThat(after.get("version")).isEqualTo(before.get("version"));
        assertThat(after.getList("processedEventIds", String.class))
                .isEqualTo(before.getList("processedEventIds", String.class));
        assertThat(records("screening.police-check.v1", caseId).stream()
                        .filter(r -> header(r, "ce_type").endsWith("police-check-opened.v1")))
                .hasSize(1);
    }

    @Test
    @Order(3)
    void aPoisonRecordLandsInTheDeadLetterTopicAndTheNextIsStillProcessed() {
        String key = "poison-" + Instant.now().toEpochMilli();
        send(new ProducerRecord<>("intake.concern.v1", key, "not a CloudEvent".getBytes(StandardCharsets.UTF_8)));
        String next = as(Service.INTAKE, "lene")
                .post("/api/concerns", concern("Jonas Berg"))
                .json()
                .get("concernId")
                .asString();

        await().atMost(FLOW).until(() -> !records("intake.concern.v1.dlt", key).isEmpty());
        await().atMost(FLOW)
                .until(() -> as(Service.SCREENING, "torben")
                                .get("/api/police-checks/" + next)
                                .status()
                        == 200);
    }

    @Test
    @Order(4)
    void killingTheBrokerLosesNoConcernThatHadItsReceipt() throws Exception {
        stack.kill("kafka");

        Response received = as(Service.INTAKE, "lene").post("/api/concerns", concern("Emil Krag"));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String caseId = received.json().get("concernId").asString();
        assertThat(stored(Service.INTAKE, caseId).getList("outbox", Object.class))
                .hasSize(1);

        stack.awaitRestarted("kafka", Duration.ofSeconds(90));
        await().atMost(Duration.ofSeconds(120))
                .until(() -> as(Service.SCREENING, "torben")
                                .get("/api/police-checks/" + caseId)
                                .status()
                        == 200);
        await().atMost(FLOW)
                .until(() -> stored(Service.INTAKE, caseId)
                        .getList("outbox", Object.class)
                        .isEmpty());
    }

    @Test
    @Order(5)
    void killingTheStoreLosesNoConcernThatHadItsReceipt() throws Exception {
        List<String> receipts = new ArrayList<>();
        List<String> caseIds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Response received = as(Service.INTAKE, "lene").post("/api/concerns", concern("Person " + i));
            assertThat(received.status()).isEqualTo(201);
            receipts.add(received.json().get("receiptCode").asString());
            caseIds.add(received.json().get("concernId").asString());
        }

        stack.kill("mongo");
        stack.awaitRestarted("mongo", Duration.ofSeconds(60));

        for (String receipt : receipts) {
            await().atMost(FLOW)
                    .until(() -> api.get(Service.INTAKE)
                                    .get("/api/receipts/" + receipt)
                                    .status()
                            == 200);
        }
        for (String caseId : caseIds) {
            await().atMost(FLOW)
                    .until(() -> as(Service.SCREENING, "torben")
                                    .get("/api/police-checks/" + caseId)
                                    .status()
                            == 200);
        }
    }

    @Test
    @Order(6)
    void aCoordinatorSignsInThroughTheFrontDoorInABrowserAndSeesOnlyHerMunicipality() throws Exception {
        String herning = api.get(Service.INTAKE)
                .post("/api/concerns", citizensConcern("657"))
                .json()
                .get("concernId")
                .asString();
        String holstebro = api.get(Service.INTAKE)
                .post("/api/concerns", citizensConcern("661"))
                .json()
                .get("concernId")
                .asString();
        // the police coordinator's district holds both municipalities: both checks are open
        for (String caseId : List.of(herning, holstebro)) {
            await().atMost(FLOW)
                    .until(() -> as(Service.SCREENING, "torben")
                                    .get("/api/police-checks/" + caseId)
                                    .status()
                            == 200);
        }
        String frontDoor = stack.gatewayUrl().orElseThrow().toString();

        WebDriver browser = Browsers.headlessChromium();
        try {
            browser.get(frontDoor + "/");
            // not signed in: the front door sends the browser to the identity provider's login form
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(driver -> driver.getCurrentUrl().startsWith(stack.identityIssuer() + "/login"));
            browser.findElement(By.name("username")).sendKeys("lise");
            browser.findElement(By.name("password")).sendKeys("infohus");
            browser.findElement(By.cssSelector("button[type=submit], input[type=submit]"))
                    .click();
            // back at the front door, signed in as the municipal coordinator
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .withMessage(() -> "not back at the front door: " + browser.getCurrentUrl())
                    .until(driver -> driver.getCurrentUrl().startsWith(frontDoor));
            browser.get(frontDoor + "/api/me");
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .contains("lise", "municipal-coordinator", "657");

            browser.get(frontDoor + "/api/police-checks?state=OPEN&size=100");
            String queue = browser.findElement(By.tagName("body")).getText();

            assertThat(queue).contains(herning).doesNotContain(holstebro);
            browser.get(frontDoor + "/api/police-checks/" + holstebro);
            // Holstebro's check answers as if it did not exist
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .contains("https://infohus.dk/problems/not-found")
                    .doesNotContain("Gruppen");
        } finally {
            browser.quit();
        }
    }

    private static String citizensConcern(String municipality) {
        return """
                {"municipality":"%s","reporter":{"kind":"CITIZEN"},
                 "subject":{"kind":"GROUP","name":"Gruppen ved banegården"},
                 "account":"De deler flyers med totalitære symboler."}
                """.formatted(municipality);
    }

    private static String concern(String name) {
        return """
                {"municipality":"657",
                 "reporter":{"kind":"STAFF","name":"Lene Lærer","organisation":"Lindeskolen"},
                 "subject":{"kind":"PERSON","name":"%s","birthDate":"2011-05-17"},
                 "account":"Deler voldsforherligende videoer i klassens chat.",
                 "concernSigns":["udbreder-voldslegitimerende-budskaber"]}
                """.formatted(name);
    }

    private static String token(String user) {
        return tokens.of(user);
    }

    /** The service, called as the demo user. */
    private static TestHttp as(Service service, String user) {
        return api.get(service).as(token(user));
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static String referralIdOf(Response referrals, String caseId) {
        for (var item : referrals.json().get("referrals")) {
            if (item.toString().contains(caseId)) {
                return item.get("referralId").asString();
            }
        }
        throw new AssertionError("no referral for " + caseId + " in " + referrals);
    }

    private static MongoDatabase database(Service service) {
        return mongo.getDatabase(service.database());
    }

    /** The one document of this service whose id is the case id, in whichever collection holds it. */
    private static Document stored(Service service, String id) {
        return storedAnywhere(service, id);
    }

    private static Document storedAnywhere(Service service, String id) {
        MongoDatabase database = database(service);
        for (String collection : database.listCollectionNames()) {
            Document found = database.getCollection(collection)
                    .find(new Document("_id", id))
                    .first();
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("nothing with id " + id + " in database " + service.database());
    }

    private static long pendingOutboxes(Service service) {
        MongoDatabase database = database(service);
        long pending = 0;
        for (String collection : database.listCollectionNames()) {
            pending += database.getCollection(collection)
                    .countDocuments(new Document("outbox.0", new Document("$exists", true)));
        }
        return pending;
    }

    private static String logOf(Service service) throws IOException {
        return Files.readString(stack.logFile(service.module()), StandardCharsets.UTF_8);
    }

    /** The trace id of the last log line about the case: the last step a person took on it there. */
    private static String traceOfLastLogLine(Service service, String caseId) throws IOException {
        String trace = null;
        for (String line : logOf(service).lines().toList()) {
            Matcher matcher = TRACE.matcher(line);
            if (line.contains(caseId) && matcher.find()) {
                trace = matcher.group(1);
            }
        }
        if (trace == null) {
            throw new AssertionError("no log line with a trace id about " + caseId + " in " + service.module());
        }
        return trace;
    }

    private static void send(ProducerRecord<String, byte[]> record) {
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(String group) {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.kafkaBootstrap(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        group,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    private static List<ConsumerRecord<String, byte[]>> records(String topic, String key) {
        try (var consumer = consumer("e2e-reader")) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
            return found;
        }
    }

    private static ConsumerRecord<String, byte[]> firstRecord(String topic, String key) {
        List<ConsumerRecord<String, byte[]>> found = records(topic, key);
        assertThat(found).isNotEmpty();
        return found.get(0);
    }

    private static long consumerLag(String group, String topic) {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(
                Map.<String, Object>of("bootstrap.servers", stack.kafkaBootstrap()))) {
            var committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            try (var consumer = consumer("e2e-lag")) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(info -> new TopicPartition(topic, info.partition()))
                        .toList();
                long lag = 0;
                for (var entry : consumer.endOffsets(partitions).entrySet()) {
                    var offset = committed.get(entry.getKey());
                    lag += entry.getValue() - (offset == null ? 0 : offset.offset());
                }
                return lag;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
