package dk.infohus.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.contracts.Topics;
import dk.infohus.testing.AccessMatrix;
import dk.infohus.testing.AccessMatrix.Row;
import dk.infohus.testing.AccessMatrix.Who;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestHttp.Multipart;
import dk.infohus.testing.TestHttp.Response;
import dk.infohus.testing.TestKafka;
import dk.infohus.testing.TestTokens;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint of the intake service, for every kind of caller, as {@code access-matrix.csv} says. */
@InfohusServiceTest
class AccessMatrixIT {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping requestMappingHandlerMapping;

    TestHttp api;

    @BeforeAll
    static void screeningOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.SCREENING_POLICE_CHECK);
    }

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
    }

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() {
        AccessMatrix.assertCovers(AccessMatrix.read(), AccessMatrix.endpointsOf(requestMappingHandlerMapping));
    }

    static Stream<Arguments> cells() {
        return AccessMatrix.cells(AccessMatrix.read());
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void eachCallerGetsWhatTheTableSays(Row row, Who who, int expected) {
        HerningConcern fixture = aFreshHerningConcern();
        String path = row.path()
                .replace("{concernId}", fixture.concernId())
                .replace("{receiptCode}", fixture.receiptCode())
                .replace("{attachmentId}", fixture.attachmentId());
        if (path.equals("/api/audit")) {
            path += "?record=" + fixture.concernId();
        }
        assertThat(path).as("every path variable has a fixture").doesNotContain("{");
        String token = who.token();
        TestHttp caller = token.isEmpty() ? api : api.as(token);

        Response response = switch (row.method()) {
            case "GET" -> caller.get(path);
            case "POST" -> caller.post(path, aConcernAs(who));
            default -> throw new IllegalStateException("no request for " + row);
        };

        assertThat(response.status())
                .as("%s as %s: %s", row, who.column(), response)
                .isEqualTo(expected);
    }

    /** A concern of Herning and the code on its receipt. */
    record HerningConcern(String concernId, String receiptCode, String attachmentId) {}

    /** Reported signed in by the matrix's reporter, so that the reporter's column is about their own concern. */
    private HerningConcern aFreshHerningConcern() {
        Response created = api.as(TestTokens.reporter())
                .post(
                        "/api/concerns",
                        Multipart.of()
                                .json("concern", """
                                        {"municipality":"657",
                                         "reporter":{"kind":"STAFF"},
                                         "subject":{"kind":"PERSON","name":"Ali Jensen","cprNumber":"170511-4321"},
                                         "account":"Deler voldsforherligende videoer i klassens chat."}
                                        """)
                                .file("attachments", "chat.png", "image/png", TestFiles.PIXEL));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String concernId = created.json().get("concernId").asString();
        Response read = api.as(TestTokens.municipalCoordinator()).get("/api/concerns/" + concernId);
        return new HerningConcern(
                concernId,
                created.json().get("receiptCode").asString(),
                read.json().get("attachments").get(0).get("id").asString());
    }

    /** A concern this caller may send: as a citizen or staff, to a municipality they work for. */
    private static String aConcernAs(Who who) {
        String municipality = who == Who.OTHER_MUNICIPALITY ? TestTokens.HOLSTEBRO : TestTokens.HERNING;
        String kind = who == Who.CITIZEN ? "CITIZEN" : "STAFF";
        return """
                {"municipality":"%s",
                 "reporter":{"kind":"%s"},
                 "subject":{"kind":"GROUP","name":"Gruppen i parken"},
                 "account":"De deler flyers med hagekors."}
                """.formatted(municipality, kind);
    }
}
