package dk.infohus.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.contracts.Topics;
import dk.infohus.contracts.assessment.RecommendationMade;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.testing.AccessMatrix;
import dk.infohus.testing.AccessMatrix.Who;
import dk.infohus.testing.BadInput.Variant;
import dk.infohus.testing.BadInputSuite;
import dk.infohus.testing.BadInputSuite.ValidBody;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestHttp.Response;
import dk.infohus.testing.TestKafka;
import dk.infohus.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 9: bad variants of a valid acknowledgement and closure, each on a fresh referral of Herning to the
 * caseworker's department ({@link BadInputSuite}).
 */
@InfohusServiceTest
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

    @BeforeAll
    static void assessmentOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.ASSESSMENT_INFOHUS_CASE);
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
    void aRepeatedClosureChangesNothing() {
        suite().assertDuplicateIsHarmless(BadInputSuite.validFor("/closure"), this::aReferralFor, true);
    }

    @Test
    void aClosureOfFortyMegabytesIsA413() throws Exception {
        suite().assertFarOverTheLimitIs413(BadInputSuite.validFor("/closure"), this::aReferralFor, 40);
    }

    private BadInputSuite suite() {
        return BadInputSuite.at(port, mongo.getDb());
    }

    /** The path with a fresh referral, acknowledged first where the endpoint closes it. */
    private String aReferralFor(String path) {
        UUID referralId = freshReferral();
        if (path.endsWith("/closure")) {
            Response acknowledged = TestHttp.at(port)
                    .as(Who.DEPARTMENT_CASEWORKER.token())
                    .post("/api/referrals/" + referralId + "/acknowledgement", "{}");
            assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        }
        return path.replace("{referralId}", referralId.toString());
    }

    /** Infohus in Herning refers a new case to the department; the referral's id once it is stored. */
    private UUID freshReferral() {
        UUID caseId = UUID.randomUUID();
        TestKafka.send(codec.toRecord(outbox.messageFor(new RecommendationMade(
                caseId, TestTokens.HERNING, Instant.now(), List.of(AccessMatrix.DEPARTMENT), List.of("familie")))));
        Document stored = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> mongo.getCollection("referrals")
                                .find(new Document("_id", caseId.toString()))
                                .first(),
                        Objects::nonNull);
        return UUID.fromString(
                stored.getList("referrals", Document.class).get(0).getString("referralId"));
    }
}
