package dk.infohus.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.contracts.Topics;
import dk.infohus.contracts.assessment.RecommendationMade;
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
import java.util.Objects;
import java.util.Set;
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
 * Every endpoint of the referral service, for every kind of caller, against {@code access-matrix.csv}:
 * each cell is checked on a fresh referral of Herning to the caseworker's department, and an endpoint
 * without a row fails the build.
 */
@InfohusServiceTest
class AccessMatrixIT {

    private static final String INBOX = "/api/referrals";
    private static final String CLOSURE = "/api/referrals/{referralId}/closure";

    /** Who sees a Herning referral in the department's inbox; others with a 200 get the list without it. */
    private static final Set<Who> SEE_HERNINGS_REFERRALS = Set.of(Who.MUNICIPAL_COORDINATOR, Who.DEPARTMENT_CASEWORKER);

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
    MongoTemplate mongo;

    @BeforeAll
    static void assessmentOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.ASSESSMENT_INFOHUS_CASE);
    }

    @Test
    void theTableHasARowForEveryEndpointAndNoOther() {
        AccessMatrix.assertCovers(AccessMatrix.read(), AccessMatrix.endpointsOf(requestMappingHandlerMapping));
    }

    static Stream<Arguments> cells() {
        return AccessMatrix.cells(AccessMatrix.read());
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void everyCallerGetsWhatTheTableSays(Row row, Who who, int expected) {
        TestHttp api = TestHttp.at(port);
        UUID referralId = needsAReferral(row) ? freshReferral() : UUID.randomUUID();
        if (row.path().equals(CLOSURE)) {
            // closable by the department, so that a refusal is the access rule's and not the state machine's
            Response acknowledged = api.as(Who.DEPARTMENT_CASEWORKER.token())
                    .post("/api/referrals/" + referralId + "/acknowledgement", "{}");
            assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        }
        String path = pathOf(row, referralId);

        Response response = switch (row.method()) {
            case "GET" -> api.as(who.token()).get(path);
            case "POST" -> api.as(who.token()).post(path, bodyOf(row));
            default -> throw new AssertionError("no request for " + row);
        };

        assertThat(response.status())
                .as("%s as %s: %s", path, who.column(), response)
                .isEqualTo(expected);
        if (row.path().equals(INBOX) && expected == 200) {
            List<String> listed = response.json().get("referrals").findValuesAsString("referralId");
            if (SEE_HERNINGS_REFERRALS.contains(who)) {
                assertThat(listed).contains(referralId.toString());
            } else {
                assertThat(listed)
                        .as("no list shows another municipality's referrals")
                        .doesNotContain(referralId.toString());
            }
        }
    }

    private static boolean needsAReferral(Row row) {
        // the audit list too: it answers only about a referral the caller may see
        return row.path().equals(INBOX)
                || row.path().contains("{referralId}")
                || row.path().equals("/api/audit");
    }

    private static String pathOf(Row row, UUID referralId) {
        String path = switch (row.path()) {
            case INBOX -> INBOX + "?department=" + AccessMatrix.DEPARTMENT;
            case "/api/audit" -> "/api/audit?record=" + referralId;
            default -> row.path().replace("{referralId}", referralId.toString());
        };
        assertThat(path).as("every path variable of %s is filled in", row).doesNotContain("{");
        return path;
    }

    private static String bodyOf(Row row) {
        return row.path().equals(CLOSURE) ? "{\"outcome\":\"NO_MEASURES\"}" : "{}";
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
