package dk.infohus.assessment;

import static org.awaitility.Awaitility.await;

import dk.infohus.assessment.infohuscase.application.InfohusCases;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseId;
import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.screening.ConcernHandedOverToInfohus;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.testing.BadInput.Variant;
import dk.infohus.testing.BadInputSuite;
import dk.infohus.testing.BadInputSuite.ValidBody;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestKafka;
import dk.infohus.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
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

/** Issue 9: bad variants of a valid recommendation and closure, each on a fresh case ({@link BadInputSuite}). */
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

    @Autowired
    InfohusCases cases;

    @BeforeAll
    static void screeningOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.SCREENING_INFOHUS_HANDOVER);
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
        suite().assertRefused(valid, variant, this::aCaseFor);
    }

    @Test
    void aRepeatedClosureChangesNothing() {
        suite().assertDuplicateIsHarmless(BadInputSuite.validFor("/closure"), this::aCaseFor, true);
    }

    @Test
    void aRecommendationOfFortyMegabytesIsA413() throws Exception {
        suite().assertFarOverTheLimitIs413(BadInputSuite.validFor("/recommendation"), this::aCaseFor, 40);
    }

    private BadInputSuite suite() {
        return BadInputSuite.at(port, mongo.getDb());
    }

    /** Presents a concern of Herning's to Infohus as screening does; the path with its case. */
    private String aCaseFor(String path) {
        UUID caseId = UUID.randomUUID();
        TestKafka.send(codec.toRecord(outbox.messageFor(new ConcernHandedOverToInfohus(
                caseId,
                TestTokens.HERNING,
                Instant.parse("2026-11-20T09:30:00Z"),
                "SSP-koordinator Hanne",
                "Politikommissær Jens",
                "NEXT_AD_HOC",
                false,
                "PERSON",
                new PersonalData("Ali Jensen", "170511-4321", null, null, "Deler voldsforherligende videoer.")))));
        await().until(() -> cases.find(new InfohusCaseId(caseId)).isPresent());
        return path.replace("{caseId}", caseId.toString());
    }
}
