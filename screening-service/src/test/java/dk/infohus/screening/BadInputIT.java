package dk.infohus.screening;

import static org.awaitility.Awaitility.await;

import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.intake.ConcernReceived;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.screening.policecheck.application.PoliceChecks;
import dk.infohus.screening.policecheck.domain.CoordinatorSide;
import dk.infohus.screening.policecheck.domain.Officer;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import dk.infohus.testing.BadInput.Variant;
import dk.infohus.testing.BadInputSuite;
import dk.infohus.testing.BadInputSuite.ValidBody;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestKafka;
import dk.infohus.testing.TestTokens;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
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
 * Issue 9: bad variants of a valid body for every screening endpoint that takes one, each against a police
 * check of Herning in the state the valid body would succeed in ({@link BadInputSuite}).
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

    @Autowired
    PoliceChecks checks;

    @BeforeAll
    static void intakeOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.INTAKE_CONCERN);
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
        suite().assertRefused(valid, variant, this::aCheckFor);
    }

    @Test
    void aRepeatedClearanceChangesNothing() {
        suite().assertDuplicateIsHarmless(BadInputSuite.validFor("/clearance"), this::aCheckFor, true);
    }

    @Test
    void aNoteOfFortyMegabytesIsA413() throws Exception {
        suite().assertFarOverTheLimitIs413(BadInputSuite.validFor("/notes"), this::aCheckFor, 40);
    }

    private BadInputSuite suite() {
        return BadInputSuite.at(port, mongo.getDb());
    }

    /** The path with a fresh police check of Herning in the state the endpoint's valid body succeeds in. */
    private String aCheckFor(String path) {
        PoliceCheckId caseId = openCheck();
        if (path.endsWith("/views") || path.endsWith("/decision")) {
            checks.change(caseId, check -> check.clear(new Officer("torben"), null, Instant.now()))
                    .orElseThrow();
        }
        if (path.endsWith("/decision")) {
            checks.change(caseId, check -> {
                        check.recordView(CoordinatorSide.POLICE, "torben", true, null, Instant.now());
                        return check.recordView(CoordinatorSide.MUNICIPAL, "lise", true, null, Instant.now());
                    })
                    .orElseThrow();
        }
        return path.replace("{caseId}", caseId.toString());
    }

    /** A concern of Herning's as intake sends it, once its police check is open. */
    private PoliceCheckId openCheck() {
        PoliceCheckId caseId = new PoliceCheckId(UUID.randomUUID());
        TestKafka.send(codec.toRecord(outbox.messageFor(new ConcernReceived(
                caseId.value(),
                TestTokens.HERNING,
                Instant.now(),
                "PERSON",
                "STAFF",
                false,
                List.of("udbreder-voldslegitimerende-budskaber"),
                new PersonalData(
                        "Ali Jensen",
                        "170511-4321",
                        LocalDate.of(2011, 5, 17),
                        "Bredgade 1, 7400 Herning",
                        "Deler voldsforherligende videoer i klassens chat.")))));
        await().until(() -> checks.find(caseId).isPresent());
        return caseId;
    }
}
