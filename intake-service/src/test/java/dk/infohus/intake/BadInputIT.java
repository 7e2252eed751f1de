package dk.infohus.intake;

import dk.infohus.contracts.Topics;
import dk.infohus.testing.BadInput.Variant;
import dk.infohus.testing.BadInputSuite;
import dk.infohus.testing.BadInputSuite.ValidBody;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestKafka;
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
 * Issue 9: bad variants of a valid concern, as JSON and as a form's {@code concern} part, each a 4xx problem
 * naming the field with nothing stored ({@link BadInputSuite}).
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

    @BeforeAll
    static void screeningOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.SCREENING_POLICE_CHECK);
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
        suite().assertRefused(valid, variant, path -> path);
    }

    @Test
    void aRepeatedConcernWithItsIdempotencyKeyIsStoredOnce() {
        suite().assertDuplicateIsHarmless(json(), path -> path, true);
    }

    @Test
    void aConcernOfFortyMegabytesIsA413() throws Exception {
        suite().assertFarOverTheLimitIs413(json(), path -> path, 40);
    }

    private static ValidBody json() {
        return BadInputSuite.read().stream()
                .filter(valid -> valid.endpoint().equals("POST /api/concerns"))
                .findFirst()
                .orElseThrow();
    }

    private BadInputSuite suite() {
        return BadInputSuite.at(port, mongo.getDb());
    }
}
