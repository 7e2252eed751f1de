package dk.infohus.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.contracts.Topics;
import dk.infohus.contracts.screening.PoliceCheckCleared;
import dk.infohus.contracts.screening.PoliceCheckOpened;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestKafka;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

@InfohusServiceTest
// the test calls the sweep itself; the scheduled one would race it
@TestPropertySource(properties = {"infohus.outbox.sweep-interval=1h", "infohus.outbox.sweep-grace=10s"})
class OutboxIT {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    OutboxSweep sweep;

    @Autowired
    Clock clock;

    @BeforeAll
    static void topics() {
        TestKafka.ensureTopics(Topics.SCREENING_POLICE_CHECK);
    }

    @Test
    void theRelayPublishesAnOutboxInOrderAndEmptiesIt() {
        UUID caseId = UUID.randomUUID();
        ProbeDocument document = new ProbeDocument(caseId.toString());
        List<OutboxMessage> messages = outbox.messagesFor(List.of(
                new PoliceCheckOpened(caseId, "657", clock.instant(), false),
                new PoliceCheckCleared(caseId, "657", clock.instant(), "TWA001")));
        document.addToOutbox(messages);
        mongo.save(document);

        assertThat(relay.relay(ProbeDocument.class, caseId.toString())).isEqualTo(2);

        var published = TestKafka.awaitRecords(
                Topics.SCREENING_POLICE_CHECK, r -> caseId.toString().equals(r.key()), 2);
        assertThat(published)
                .extracting(r -> TestKafka.header(r, "ce_id").orElseThrow())
                .containsExactly(messages.get(0).eventId(), messages.get(1).eventId());
        assertThat(mongo.findById(caseId.toString(), ProbeDocument.class).outbox())
                .isEmpty();
    }

    @Test
    void theSweepPublishesWhatACrashLeftBehindButLeavesFreshMessagesToTheRelay() {
        UUID leftBehind = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        // as if the process died between the document write and the relay
        ProbeDocument crashed = new ProbeDocument(leftBehind.toString());
        crashed.addToOutbox(outbox.messagesFor(
                List.of(new PoliceCheckOpened(leftBehind, "657", clock.instant().minus(Duration.ofMinutes(1)), true))));
        mongo.save(crashed);
        ProbeDocument justWritten = new ProbeDocument(fresh.toString());
        justWritten.addToOutbox(
                outbox.messagesFor(List.of(new PoliceCheckOpened(fresh, "657", Instant.now(clock), true))));
        mongo.save(justWritten);

        sweep.sweep();

        TestKafka.awaitRecord(
                Topics.SCREENING_POLICE_CHECK, r -> leftBehind.toString().equals(r.key()));
        assertThat(mongo.findById(leftBehind.toString(), ProbeDocument.class).outbox())
                .isEmpty();
        assertThat(mongo.findById(fresh.toString(), ProbeDocument.class).outbox())
                .hasSize(1);
    }

    @Test
    void theSweepFindsEveryDocumentTypeWithAnOutbox() {
        assertThat(sweep.documentTypes()).contains(ProbeDocument.class);
    }
}
