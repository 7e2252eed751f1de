package dk.infohus.intake.concern.adapter;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.contracts.Topics;
import dk.infohus.contracts.screening.PoliceCheckCleared;
import dk.infohus.contracts.screening.PoliceCheckOpened;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxMessage;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestKafka;
import dk.infohus.testing.TestTokens;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The platform's policy for what intake's listener has no handler for: a contract type of screening's
 * that intake does not follow is skipped; a type the contracts do not know goes to the dead letters.
 */
@InfohusServiceTest
class UnhandledEventsIT {

    private static final String VALID = """
            {"municipality":"657",
             "reporter":{"kind":"STAFF","name":"Lene Lærer","organisation":"Lindeskolen"},
             "subject":{"kind":"PERSON","name":"Ali Jensen"},
             "account":"Deler voldsforherligende videoer i klassens chat."}
            """;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CloudEventCodec codec;

    @Autowired
    Outbox outbox;

    @BeforeAll
    static void screeningOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.SCREENING_POLICE_CHECK);
    }

    @Test
    void aScreeningEventIntakeDoesNotFollowIsSkippedAndAnUnknownTypeIsDeadLettered() {
        var created = TestHttp.at(port).as(TestTokens.reporter()).post("/api/concerns", VALID);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID concernId = UUID.fromString(created.json().get("concernId").asString());
        await().until(() -> stored(concernId).getList("outbox", Object.class).isEmpty());

        OutboxMessage cleared = outbox.messageFor(new PoliceCheckCleared(concernId, "657", Instant.now(), "TWA001"));
        TestKafka.send(codec.toRecord(cleared));
        OutboxMessage unknown = outbox.messageFor(new PoliceCheckOpened(concernId, "657", Instant.now(), false));
        TestKafka.send(withType(codec.toRecord(unknown), "dk.infohus.screening.police-check-opened.v9"));
        // the same key, so the same partition: once this took effect, the two before it were consumed
        OutboxMessage opened = outbox.messageFor(new PoliceCheckOpened(concernId, "657", Instant.now(), false));
        TestKafka.send(codec.toRecord(opened));

        await().until(() -> "BEING_HANDLED".equals(stored(concernId).getString("status")));
        assertThat(stored(concernId).getList("processedEventIds", String.class)).containsExactly(opened.eventId());
        var dead = TestKafka.awaitRecord(
                Topics.deadLetterOf(Topics.SCREENING_POLICE_CHECK),
                r -> TestKafka.header(r, "ce_id").equals(Optional.of(unknown.eventId())));
        assertThat(TestKafka.header(dead, "kafka_dlt-exception-cause-fqcn"))
                .contains("dk.infohus.contracts.InvalidEvent");
        assertThat(TestKafka.readAll(
                        Topics.deadLetterOf(Topics.SCREENING_POLICE_CHECK),
                        r -> TestKafka.header(r, "ce_id").equals(Optional.of(cleared.eventId()))))
                .isEmpty();
    }

    private static ProducerRecord<String, byte[]> withType(ProducerRecord<String, byte[]> record, String type) {
        record.headers().remove("ce_type");
        record.headers().add("ce_type", type.getBytes(UTF_8));
        return record;
    }

    private Document stored(UUID concernId) {
        return mongo.getCollection("concerns")
                .find(new Document("_id", concernId.toString()))
                .first();
    }
}
