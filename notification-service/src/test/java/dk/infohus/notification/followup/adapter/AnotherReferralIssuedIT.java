package dk.infohus.notification.followup.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.contracts.Topics;
import dk.infohus.contracts.referral.ReferralIssued;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxMessage;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestKafka;
import dk.infohus.testing.TestTokens;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The platform's policy for an event that opens what exists: another {@code ReferralIssued} for a
 * referral whose follow-up is recorded already is refused, goes to the dead letters, and changes nothing.
 */
@InfohusServiceTest
@Import(ControlledTime.class)
@TestPropertySource(properties = ControlledTime.QUICK_CHECK)
class AnotherReferralIssuedIT {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CloudEventCodec codec;

    @Autowired
    Outbox outbox;

    @Autowired
    AdjustableClock clock;

    @BeforeAll
    static void referralOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.REFERRAL_REFERRAL);
    }

    @Test
    void anotherReferralIssuedForARecordedReferralGoesToTheDeadLettersAndChangesNothing() {
        UUID caseId = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        var issuedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        OutboxMessage first =
                outbox.messageFor(new ReferralIssued(caseId, TestTokens.HERNING, issuedAt, referral, "team-first"));
        TestKafka.send(codec.toRecord(first));
        await().until(() -> stored(referral) != null
                && stored(referral).getList("outbox", Object.class).isEmpty());
        String before = stored(referral).toJson();

        OutboxMessage second = outbox.messageFor(
                new ReferralIssued(caseId, TestTokens.HERNING, issuedAt.plusSeconds(60), referral, "team-second"));
        TestKafka.send(codec.toRecord(second));

        var dead = TestKafka.awaitRecord(
                Topics.deadLetterOf(Topics.REFERRAL_REFERRAL),
                r -> TestKafka.header(r, "ce_id").equals(Optional.of(second.eventId())));
        assertThat(TestKafka.header(dead, "kafka_dlt-exception-cause-fqcn"))
                .contains("dk.infohus.platform.domain.IllegalTransition");
        assertThat(stored(referral).toJson()).isEqualTo(before);
        assertThat(stored(referral).getString("department")).isEqualTo("team-first");
        assertThat(stored(referral).getList("processedEventIds", String.class)).containsExactly(first.eventId());
    }

    private Document stored(UUID referral) {
        return mongo.getCollection("followUps")
                .find(new Document("_id", referral.toString()))
                .first();
    }
}
