package dk.infohus.screening.policecheck.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.intake.ConcernReceived;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxMessage;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestKafka;
import dk.infohus.testing.TestTokens;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The platform's policy for an event that opens a police check that exists already, opened by another
 * event: it is refused, goes to the dead-letter topic, and the check stays as it was.
 */
@InfohusServiceTest
class AnotherOpeningEventIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CloudEventCodec codec;

    @Autowired
    Outbox outbox;

    @BeforeAll
    static void intakeOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.INTAKE_CONCERN);
    }

    @Test
    void anotherConcernReceivedAboutAnOpenCheckGoesToTheDeadLettersAndChangesNothing() {
        TestHttp police = TestHttp.at(port).as(TestTokens.policeCoordinator());
        UUID caseId = UUID.randomUUID();
        OutboxMessage first = concernReceived(caseId, false, "Ali Jensen");
        TestKafka.send(codec.toRecord(first));
        await().until(() -> police.get("/api/police-checks/" + caseId).status() == 200);
        await().until(() -> stored(caseId).getList("outbox", Object.class).isEmpty());
        String before = stored(caseId).toJson();

        OutboxMessage second = concernReceived(caseId, true, "Gruppen i parken");
        TestKafka.send(codec.toRecord(second));

        var dead = TestKafka.awaitRecord(
                Topics.deadLetterOf(Topics.INTAKE_CONCERN),
                r -> caseId.toString().equals(r.key())
                        && TestKafka.header(r, "ce_id").equals(Optional.of(second.eventId())));
        assertThat(TestKafka.header(dead, "kafka_dlt-exception-cause-fqcn"))
                .contains("dk.infohus.platform.domain.IllegalTransition");
        assertThat(stored(caseId).toJson()).isEqualTo(before);
        assertThat(stored(caseId).getList("processedEventIds", String.class)).containsExactly(first.eventId());
        var check = police.get("/api/police-checks/" + caseId).json();
        assertThat(check.get("acute").asBoolean()).isFalse();
        assertThat(check.get("subject").get("name").asString()).isEqualTo("Ali Jensen");
        assertThat(TestKafka.readAll(
                        Topics.SCREENING_POLICE_CHECK, r -> caseId.toString().equals(r.key())))
                .hasSize(1);
    }

    private OutboxMessage concernReceived(UUID caseId, boolean acute, String name) {
        return outbox.messageFor(new ConcernReceived(
                caseId,
                TestTokens.HERNING,
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                "PERSON",
                "STAFF",
                acute,
                List.of("udbreder-voldslegitimerende-budskaber"),
                new PersonalData(name, null, null, null, "Deler voldsforherligende videoer.")));
    }

    private Document stored(UUID caseId) {
        return mongo.getCollection("policeChecks")
                .find(new Document("_id", caseId.toString()))
                .first();
    }
}
