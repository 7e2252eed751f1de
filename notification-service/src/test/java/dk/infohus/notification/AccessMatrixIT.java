package dk.infohus.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.contracts.Topics;
import dk.infohus.contracts.referral.ReferralIssued;
import dk.infohus.notification.followup.adapter.ControlledTime;
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
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
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

/**
 * Every endpoint of the service, for every kind of caller, answers as {@code access-matrix.csv} says, and
 * the table has a row for every endpoint, so that one added without deciding who may use it fails the
 * build. Each cell gets a referral of its own, of Herning and to {@link AccessMatrix#DEPARTMENT}.
 */
@InfohusServiceTest
@Import(ControlledTime.class)
@TestPropertySource(properties = ControlledTime.QUICK_CHECK)
class AccessMatrixIT {

    /** The lists, which hold the cell's referral exactly when the caller works for Herning. */
    private static final Set<String> LISTS = Set.of("GET /api/notifications", "GET /api/reminders");

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
        // two cores shared with other builds: the first consumer group join can take a while
        Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
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
        UUID referral = aReferralOfHerning();
        String path = row.path().replace("{referralId}", referral.toString())
                + switch (row.path()) {
                    case "/api/notifications" -> "?department=" + AccessMatrix.DEPARTMENT;
                    case "/api/audit" -> "?record=" + referral;
                    default -> "";
                };
        assertThat(path).as("every path variable has a value").doesNotContain("{");
        String token = who.token();
        TestHttp api = token.isEmpty() ? TestHttp.at(port) : TestHttp.at(port).as(token);

        Response response = switch (row.method()) {
            case "GET" -> api.get(path);
            case "POST" -> api.post(path, "{}");
            default -> throw new IllegalArgumentException("no request for " + row);
        };

        assertThat(response.status()).as(row + " as " + who + ": " + response).isEqualTo(expected);
        if (expected == 200 && LISTS.contains(row.endpoint())) {
            boolean listed = StreamSupport.stream(response.json().spliterator(), false)
                    .anyMatch(item -> item.get("referralId").asString().equals(referral.toString()));
            assertThat(listed)
                    .as("%s as %s lists a referral of Herning", row, who)
                    .isEqualTo(who != Who.OTHER_MUNICIPALITY);
        }
    }

    /** A fresh referral, issued as the referral service issues one, and stored. */
    private UUID aReferralOfHerning() {
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
        return referral;
    }
}
