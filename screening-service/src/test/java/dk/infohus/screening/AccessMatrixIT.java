package dk.infohus.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.intake.ConcernReceived;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.screening.policecheck.application.PoliceChecks;
import dk.infohus.screening.policecheck.domain.CoordinatorSide;
import dk.infohus.screening.policecheck.domain.Officer;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import dk.infohus.screening.policecheck.domain.PoliceNoteKind;
import dk.infohus.testing.AccessMatrix;
import dk.infohus.testing.AccessMatrix.Row;
import dk.infohus.testing.AccessMatrix.Who;
import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestHttp.Response;
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
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call which endpoint of screening, cell by cell from {@code access-matrix.csv}, each against fresh
 * police checks of Herning (657).
 */
@InfohusServiceTest
class AccessMatrixIT {

    private static final String QUEUE = "/api/police-checks";
    private static final String AUDIT = "/api/audit";

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
    PoliceChecks checks;

    @BeforeAll
    static void intakeOwnsItsTopic() {
        TestKafka.ensureTopics(Topics.INTAKE_CONCERN);
    }

    static Stream<Arguments> cells() {
        return AccessMatrix.cells(AccessMatrix.read());
    }

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() {
        AccessMatrix.assertCovers(AccessMatrix.read(), AccessMatrix.endpointsOf(requestMappingHandlerMapping));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void eachCallerGetsWhatTheTableSays(Row row, Who who, int expected) {
        PoliceCheckId caseId = fixtureFor(row);
        String path = row.path().replace("{caseId}", caseId.toString());
        if (row.path().equals(AUDIT)) {
            path += "?record=" + caseId;
        }
        TestHttp api = TestHttp.at(port);
        TestHttp as = who.token().isEmpty() ? api : api.as(who.token());

        Response response = switch (row.method()) {
            case "GET" -> as.get(path);
            case "POST" -> as.post(path, bodyFor(row));
            default -> throw new IllegalStateException("the test sends no " + row.method() + " request");
        };

        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        if (row.path().equals(QUEUE) && expected == 200) {
            // a list is filtered as a record is: Herning's check is in Herning's queues only
            assertThat(response.body().contains(caseId.toString()))
                    .as("the queue of %s shows a check of Herning", who)
                    .isEqualTo(who != Who.OTHER_MUNICIPALITY);
        }
        if (row.method().equals("POST") && expected != 200) {
            PoliceCheck check = checks.find(caseId).orElseThrow();
            assertThat(check.state())
                    .as("a refused change changes nothing")
                    .isEqualTo(clearedFirst(row) ? PoliceCheckState.CLEARED : PoliceCheckState.OPEN);
            assertThat(check.notes())
                    .as("a refused note is not kept beside the fixture's")
                    .hasSize(1);
            assertThat(check.childAssessment()).isNull();
        }
        if (row.path().equals("/api/police-checks/{caseId}") && expected == 200) {
            // a police note is read by police roles only (the coordinator and the police's system), never by the
            // municipal coordinator
            assertThat(response.body().contains("Sigtet i sag"))
                    .as("%s reads the police note", who)
                    .isEqualTo(who == Who.POLICE_COORDINATOR || who == Who.POLICE_SYSTEM);
        }
    }

    /** A fresh police check of Herning in the state the row's request would succeed in, or just an id. */
    private PoliceCheckId fixtureFor(Row row) {
        if (!row.path().startsWith(QUEUE) && !row.path().equals(AUDIT)) {
            return new PoliceCheckId(UUID.randomUUID());
        }
        PoliceCheckId caseId = openCheck();
        checks.change(
                        caseId,
                        check -> check.addNote(
                                new Officer("torben"),
                                PoliceNoteKind.CRIMINAL_MATTERS,
                                "Sigtet i sag 4100-1.",
                                Instant.now()))
                .orElseThrow();
        if (clearedFirst(row)) {
            checks.change(caseId, check -> check.clear(new Officer("torben"), null, Instant.now()))
                    .orElseThrow();
        }
        if (row.path().endsWith("/decision")) {
            checks.change(caseId, check -> {
                        check.recordView(CoordinatorSide.POLICE, "torben", true, null, Instant.now());
                        return check.recordView(CoordinatorSide.MUNICIPAL, "lise", true, null, Instant.now());
                    })
                    .orElseThrow();
        }
        return caseId;
    }

    private static boolean clearedFirst(Row row) {
        return row.path().endsWith("/decision") || row.path().endsWith("/views");
    }

    private static String bodyFor(Row row) {
        if (row.path().endsWith("/clearance")) {
            return "{\"note\":\"Intet i politiets systemer.\"}";
        }
        if (row.path().endsWith("/take-over")) {
            return "{\"reason\":\"Verserende efterforskning.\"}";
        }
        if (row.path().endsWith("/decision")) {
            return "{\"outcome\":\"PRESENT\",\"meeting\":\"NEXT_AD_HOC\"}";
        }
        if (row.path().endsWith("/notes")) {
            return "{\"kind\":\"ONGOING_INVESTIGATION\",\"text\":\"Afventer afhøring.\"}";
        }
        if (row.path().endsWith("/obstacle")) {
            return "{\"reason\":\"AWAITING_INFORMATION\",\"lookAgainOn\":\""
                    + LocalDate.now().plusDays(14) + "\"}";
        }
        if (row.path().endsWith("/child-assessment")) {
            return "{\"acuteMeasuresNeeded\":false,\"note\":\"Ingen akut fare.\"}";
        }
        if (row.path().endsWith("/views")) {
            return "{\"present\":true}";
        }
        throw new IllegalStateException("no body for " + row);
    }

    /** Sends a concern of Herning's as intake would and waits until its police check is open. */
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

    private PoliceCheckState state(PoliceCheckId caseId) {
        return checks.find(caseId).map(PoliceCheck::state).orElseThrow();
    }
}
