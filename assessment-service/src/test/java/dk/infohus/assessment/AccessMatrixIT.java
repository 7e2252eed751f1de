package dk.infohus.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.assessment.infohuscase.application.InfohusCases;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseId;
import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.screening.ConcernHandedOverToInfohus;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.testing.AccessMatrix;
import dk.infohus.testing.AccessMatrix.Row;
import dk.infohus.testing.AccessMatrix.Who;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestHttp.Response;
import dk.infohus.testing.TestKafka;
import dk.infohus.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the service, for every kind of caller, answers what {@code access-matrix.csv} says;
 * an endpoint without a row fails the build.
 */
@InfohusServiceTest
class AccessMatrixIT {

    private static final List<Row> ROWS = AccessMatrix.read();

    private static final String RECOMMENDATION = """
            {"departments":["boern-og-forebyggelse"],"focusDimensions":["familie"],\
            "mainProblems":"Isolerer sig.","resources":"Glad for håndbold."}""";

    private static final String CLOSURE = """
            {"reason":"Anbefaling givet."}""";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping requestMappingHandlerMapping;

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

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() {
        AccessMatrix.assertCovers(AccessMatrix.read(), AccessMatrix.endpointsOf(requestMappingHandlerMapping));
    }

    static Stream<Arguments> cells() {
        return AccessMatrix.cells(ROWS);
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void eachCallerGetsWhatTheTableSays(Row row, Who who, int expected) {
        String path = row.path();
        if (path.contains("{caseId}") || path.equals("/api/audit")) {
            // a fresh case for every cell that asks about one, so that no cell's change decides another's answer
            UUID caseId = openHerningCase();
            path = path.equals("/api/audit") ? path + "?record=" + caseId : path.replace("{caseId}", caseId.toString());
        }
        assertThat(path).as("a path variable the test does not know").doesNotContain("{");
        String token = who.token();
        TestHttp as = token.isEmpty() ? TestHttp.at(port) : TestHttp.at(port).as(token);

        Response response = switch (row.method()) {
            case "GET" -> as.get(path);
            case "POST" -> as.post(path, bodyFor(row));
            default -> throw new AssertionError("no request for " + row);
        };

        assertThat(response.status()).as(row + " as " + who + ": " + response).isEqualTo(expected);
    }

    /** A valid body, so that only who is asking decides the answer. */
    private static String bodyFor(Row row) {
        if (row.path().endsWith("/recommendation")) {
            return RECOMMENDATION;
        }
        if (row.path().endsWith("/closure")) {
            return CLOSURE;
        }
        throw new AssertionError("no valid body known for " + row + ": add one here");
    }

    /** Presents a concern of Herning's to Infohus as screening does, and waits until its case is open. */
    private UUID openHerningCase() {
        UUID caseId = UUID.randomUUID();
        var presented = new ConcernHandedOverToInfohus(
                caseId,
                TestTokens.HERNING,
                Instant.parse("2026-11-20T09:30:00Z"),
                "SSP-koordinator Hanne",
                "Politikommissær Jens",
                "NEXT_AD_HOC",
                false,
                "PERSON",
                new PersonalData("Ali Jensen", "170511-4321", null, null, "Deler voldsforherligende videoer."));
        TestKafka.send(codec.toRecord(outbox.messageFor(presented)));
        await().until(() -> cases.find(new InfohusCaseId(caseId)).isPresent());
        return caseId;
    }
}
