package dk.infohus.notification;

import static org.awaitility.Awaitility.await;

import dk.infohus.contracts.Topics;
import dk.infohus.contracts.referral.ReferralIssued;
import dk.infohus.notification.followup.adapter.ControlledTime;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.testing.AccessMatrix;
import dk.infohus.testing.BadInput.Variant;
import dk.infohus.testing.BadInputSuite;
import dk.infohus.testing.BadInputSuite.ValidBody;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestKafka;
import dk.infohus.testing.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Issue 9: bad variants of marking a notification read and completing a reminder ({@link BadInputSuite}). */
@InfohusServiceTest
@Import(ControlledTime.class)
@TestPropertySource(properties = ControlledTime.QUICK_CHECK)
class BadInputIT {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping requestMappingHandlerMapping;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CloudEventCodec codec;

    @Autowired
    Outbox outbox;

    @Autowired
    Clock clock;

    @BeforeAll
    static void referralOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.REFERRAL_REFERRAL);
        Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    static Stream<Arguments> variants() {
        return BadInputSuite.cases(BadInputSuite.read());
    }

    @Test
    void everyEndpointTakingABodyHasAValidBody() {
        BadInputSuite.assertCovers(BadInputSuite.read(), BadInputSuite.bodyEndpointsOf(requestMappingHandlerMapping));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("variants")
    void eachBadVariantIsAProblemNamingTheFieldAndStoresNothing(ValidBody valid, Variant variant) {
        suite().assertRefused(valid, variant, this::aReferralFor);
    }

    @Test
    void aRepeatedCompletionChangesNothing() {
        suite().assertDuplicateIsHarmless(BadInputSuite.validFor("/completion"), this::aReferralFor, true);
    }

    @Test
    void aCompletionOfFortyMegabytesIsA413() throws Exception {
        suite().assertFarOverTheLimitIs413(BadInputSuite.validFor("/completion"), this::aReferralFor, 40);
    }

    private BadInputSuite suite() {
        return BadInputSuite.at(port, mongo.getDb());
    }

    /** The path with a fresh referral of Herning, issued as the referral service issues one. */
    private String aReferralFor(String path) {
        UUID referral = UUID.randomUUID();
        TestKafka.send(codec.toRecord(outbox.messageFor(new ReferralIssued(
                UUID.randomUUID(),
                TestTokens.HERNING,
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                referral,
                AccessMatrix.DEPARTMENT))));
        await().until(() -> mongo.getCollection("followUps")
                        .find(new Document("_id", referral.toString()))
                        .first()
                != null);
        return path.replace("{referralId}", referral.toString());
    }
}
