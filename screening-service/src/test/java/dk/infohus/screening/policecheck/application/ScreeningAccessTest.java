package dk.infohus.screening.policecheck.application;

import static dk.infohus.screening.policecheck.domain.PoliceCheckFixtures.aPoliceCheck;
import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.contracts.Role;
import dk.infohus.platform.security.Caller;
import dk.infohus.screening.policecheck.domain.ObstacleReason;
import dk.infohus.screening.policecheck.domain.Officer;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import dk.infohus.screening.policecheck.domain.PoliceNoteKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScreeningAccessTest {

    private static final Set<String> MIDT_OG_VESTJYLLAND = Set.of("657", "661", "671", "665", "760", "779", "791");
    private static final Set<String> KOEBENHAVN = Set.of("101", "147");

    private static Caller caller(Role role, String municipality, Set<String> municipalities) {
        return new Caller("someone", role, municipality, municipalities, null, null, null);
    }

    private static Caller of(Role role, String municipality) {
        return caller(role, municipality, Set.of(municipality));
    }

    static Stream<Arguments> callers() {
        // who, may see, sees police findings, may screen, may decide: a check of Herning's (657)
        return Stream.of(
                Arguments.of(caller(Role.POLICE_COORDINATOR, "657", MIDT_OG_VESTJYLLAND), true, true, true, true),
                Arguments.of(caller(Role.POLICE_COORDINATOR, "661", MIDT_OG_VESTJYLLAND), true, true, true, true),
                Arguments.of(caller(Role.POLICE_COORDINATOR, "101", KOEBENHAVN), false, false, false, false),
                Arguments.of(of(Role.MUNICIPAL_COORDINATOR, "657"), true, false, false, true),
                Arguments.of(of(Role.MUNICIPAL_COORDINATOR, "661"), false, false, false, false),
                Arguments.of(of(Role.REPORTER, "657"), false, false, false, false),
                Arguments.of(of(Role.INFOHUS_MEMBER, "657"), false, false, false, false),
                Arguments.of(of(Role.DEPARTMENT_CASEWORKER, "657"), false, false, false, false),
                Arguments.of(of(Role.NETWORK_MEMBER, "657"), false, false, false, false),
                Arguments.of(of(Role.ADMINISTRATOR, "657"), false, false, false, false),
                Arguments.of(Caller.citizen(), false, false, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void onlyTheCoordinatorsOfTheChecksMunicipalitySeeItAndOnlyThePoliceSeeTheirFindings(
            Caller caller, boolean maySee, boolean findings, boolean mayScreen, boolean mayDecide) {
        PoliceCheck herning = aPoliceCheck().in(PoliceCheckState.CLEARED).build();

        assertThat(ScreeningAccess.maySee(caller, herning)).as("may see").isEqualTo(maySee);
        assertThat(ScreeningAccess.seesPoliceFindings(caller, herning))
                .as("police findings")
                .isEqualTo(findings);
        assertThat(ScreeningAccess.mayScreen(caller, herning)).as("may screen").isEqualTo(mayScreen);
        assertThat(ScreeningAccess.mayDecide(caller, herning)).as("may decide").isEqualTo(mayDecide);
        assertThat(ScreeningAccess.queueOf(caller).contains("657")).as("queue").isEqualTo(maySee);
    }

    @Test
    void aCheckOfHolstebroIsHolstebrosAndTheDistrictsNotHernings() {
        PoliceCheck holstebro = aPoliceCheck().of("661").build();

        assertThat(ScreeningAccess.maySee(of(Role.MUNICIPAL_COORDINATOR, "661"), holstebro))
                .isTrue();
        assertThat(ScreeningAccess.maySee(of(Role.MUNICIPAL_COORDINATOR, "657"), holstebro))
                .isFalse();
        assertThat(ScreeningAccess.mayDecide(of(Role.MUNICIPAL_COORDINATOR, "657"), holstebro))
                .isFalse();
        assertThat(ScreeningAccess.mayScreen(caller(Role.POLICE_COORDINATOR, "657", MIDT_OG_VESTJYLLAND), holstebro))
                .isTrue();
        assertThat(ScreeningAccess.mayScreen(caller(Role.POLICE_COORDINATOR, "101", KOEBENHAVN), holstebro))
                .isFalse();
    }

    @Test
    void aQueueHoldsOnlyTheMunicipalitiesTheCallerWorksFor() {
        assertThat(ScreeningAccess.queueOf(caller(Role.POLICE_COORDINATOR, "657", MIDT_OG_VESTJYLLAND)))
                .isEqualTo(MIDT_OG_VESTJYLLAND);
        assertThat(ScreeningAccess.queueOf(of(Role.MUNICIPAL_COORDINATOR, "661")))
                .containsExactly("661");
        assertThat(ScreeningAccess.queueOf(of(Role.ADMINISTRATOR, "657"))).isEmpty();
        assertThat(ScreeningAccess.queueOf(Caller.citizen())).isEmpty();
    }

    @Test
    void withoutThePoliceFindingsOnlyTheOutcomeShows() {
        PoliceCheck cleared = aPoliceCheck().build();
        cleared.clear(new Officer("torben"), "Intet i POLSAS.", cleared.openedAt());
        PoliceCheck takenOver =
                aPoliceCheck().in(PoliceCheckState.TAKEN_OVER_BY_POLICE).build();

        assertThat(new VisiblePoliceCheck(cleared, true, List.of()).clearanceNote())
                .isEqualTo("Intet i POLSAS.");
        assertThat(new VisiblePoliceCheck(cleared, false, List.of()).clearanceNote())
                .isNull();
        assertThat(new VisiblePoliceCheck(takenOver, true, List.of()).takeOverReason())
                .isEqualTo("Verserende efterforskning.");
        assertThat(new VisiblePoliceCheck(takenOver, false, List.of()).takeOverReason())
                .isNull();
        assertThat(new VisiblePoliceCheck(takenOver, false, List.of()).check().state())
                .isEqualTo(PoliceCheckState.TAKEN_OVER_BY_POLICE);
        assertThat(new VisiblePoliceCheck(takenOver, false, List.of()).onlyThatThePoliceHaveIt())
                .isTrue();
        assertThat(new VisiblePoliceCheck(takenOver, true, List.of()).onlyThatThePoliceHaveIt())
                .isFalse();
        assertThat(new VisiblePoliceCheck(cleared, false, List.of()).onlyThatThePoliceHaveIt())
                .isFalse();
    }

    @Test
    void policeNotesAndTheObstaclesReasonAreForThePoliceOnly() {
        PoliceCheck check = aPoliceCheck().build();
        check.addNote(new Officer("torben"), PoliceNoteKind.CRIMINAL_MATTERS, "Sigtet i sag 4100-1.", check.openedAt());
        check.recordObstacle(
                new Officer("torben"),
                ObstacleReason.PENDING_CRIMINAL_CASE,
                LocalDate.of(2027, 1, 4),
                check.openedAt());

        assertThat(new VisiblePoliceCheck(check, true, List.of()).notes()).hasSize(1);
        assertThat(new VisiblePoliceCheck(check, false, List.of()).notes()).isEmpty();
        assertThat(new VisiblePoliceCheck(check, true, List.of()).obstacleReason())
                .isEqualTo(ObstacleReason.PENDING_CRIMINAL_CASE);
        assertThat(new VisiblePoliceCheck(check, false, List.of()).obstacleReason())
                .isNull();
    }
}
