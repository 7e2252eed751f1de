package dk.infohus.screening.policecheck.domain;

import static dk.infohus.screening.policecheck.domain.PoliceCheckFixtures.COORDINATORS;
import static dk.infohus.screening.policecheck.domain.PoliceCheckFixtures.NOW;
import static dk.infohus.screening.policecheck.domain.PoliceCheckFixtures.OFFICER;
import static dk.infohus.screening.policecheck.domain.PoliceCheckFixtures.aPoliceCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.screening.ConcernHandedOverToInfohus;
import dk.infohus.contracts.screening.ConcernNotPresented;
import dk.infohus.contracts.screening.ConcernPresentedToInfohus;
import dk.infohus.contracts.screening.ConcernTakenOverByPolice;
import dk.infohus.contracts.screening.PoliceCheckCleared;
import dk.infohus.contracts.screening.PoliceCheckObstructed;
import dk.infohus.contracts.screening.PoliceCheckOpened;
import dk.infohus.contracts.screening.PoliceCheckReopened;
import dk.infohus.platform.domain.IllegalTransition;
import dk.infohus.platform.domain.InvalidInput;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PoliceCheckTest {

    /** The events each action causes, when the table allows it; notes, views and assessments cause none. */
    private static final Map<PoliceCheckAction, List<Class<? extends InfohusEvent>>> EVENTS_OF = Map.of(
            PoliceCheckAction.ADD_NOTE, List.of(),
            PoliceCheckAction.CLEAR, List.of(PoliceCheckCleared.class),
            PoliceCheckAction.TAKE_OVER, List.of(ConcernTakenOverByPolice.class),
            PoliceCheckAction.RECORD_OBSTACLE, List.of(PoliceCheckObstructed.class),
            PoliceCheckAction.LOOK_AGAIN, List.of(PoliceCheckReopened.class),
            PoliceCheckAction.ASSESS_CHILD, List.of(),
            PoliceCheckAction.RECORD_VIEW, List.of(),
            PoliceCheckAction.PRESENT, List.of(ConcernPresentedToInfohus.class, ConcernHandedOverToInfohus.class),
            PoliceCheckAction.DECLINE, List.of(ConcernNotPresented.class));

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(PoliceCheckState.values())
                .flatMap(state -> Stream.of(PoliceCheckAction.values()).map(action -> Arguments.of(state, action)));
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("everyStateAndAction")
    void followsItsTransitionTableExactly(PoliceCheckState from, PoliceCheckAction action) {
        PoliceCheck check = aPoliceCheck().in(from).build();
        assertThat(EVENTS_OF).as("every action's events are known").containsKey(action);

        var expected = PoliceCheck.TRANSITIONS.lookup(from, action);

        if (expected.isPresent()) {
            List<InfohusEvent> events = perform(check, action);
            assertThat(check.state()).isEqualTo(expected.get());
            assertThat(events).map(Object::getClass).containsExactlyElementsOf(EVENTS_OF.get(action));
            assertThat(events).allSatisfy(event -> {
                assertThat(event.caseId()).isEqualTo(check.id().value());
                assertThat(event.municipality()).isEqualTo("657");
                assertThat(event.occurredAt()).isEqualTo(NOW);
            });
        } else {
            assertThatThrownBy(() -> perform(check, action))
                    .isInstanceOfSatisfying(IllegalTransition.class, refused -> {
                        assertThat(refused.currentState()).isEqualTo(from.name());
                        assertThat(refused.action()).isEqualTo(action.name());
                    });
            assertThat(check.state()).isEqualTo(from);
        }
    }

    @Test
    void theTableIsThePlansFlow() {
        // the police may take a concern over before or after clearing it; only the coordinators decide
        // on a cleared concern, and every other state is final
        assertThat(PoliceCheck.TRANSITIONS.lookup(PoliceCheckState.OPEN, PoliceCheckAction.TAKE_OVER))
                .contains(PoliceCheckState.TAKEN_OVER_BY_POLICE);
        assertThat(PoliceCheck.TRANSITIONS.lookup(PoliceCheckState.CLEARED, PoliceCheckAction.TAKE_OVER))
                .contains(PoliceCheckState.TAKEN_OVER_BY_POLICE);
        assertThat(PoliceCheck.TRANSITIONS.allows(PoliceCheckState.OPEN, PoliceCheckAction.PRESENT))
                .isFalse();
        assertThat(PoliceCheck.TRANSITIONS.lookup(PoliceCheckState.OPEN, PoliceCheckAction.RECORD_OBSTACLE))
                .contains(PoliceCheckState.OBSTRUCTED);
        assertThat(PoliceCheck.TRANSITIONS.lookup(PoliceCheckState.OBSTRUCTED, PoliceCheckAction.LOOK_AGAIN))
                .contains(PoliceCheckState.OPEN);
        assertThat(PoliceCheck.TRANSITIONS.allows(PoliceCheckState.OBSTRUCTED, PoliceCheckAction.CLEAR))
                .as("an obstructed check comes back to the queue before it is cleared")
                .isFalse();
        assertThat(PoliceCheck.TRANSITIONS.allows(PoliceCheckState.OPEN, PoliceCheckAction.RECORD_VIEW))
                .as("the coordinators' views come after clearance")
                .isFalse();
        Set<PoliceCheckState> finalStates = EnumSet.of(
                PoliceCheckState.TAKEN_OVER_BY_POLICE,
                PoliceCheckState.PRESENTED_TO_INFOHUS,
                PoliceCheckState.NOT_PRESENTED);
        for (PoliceCheckState state : finalStates) {
            assertThat(PoliceCheckAction.values())
                    .as("%s is final", state)
                    .noneMatch(action -> PoliceCheck.TRANSITIONS.allows(state, action));
        }
    }

    @Test
    void openingAConcernTellsThePoliceWhetherItIsAcuteWithoutPersonalData() {
        PoliceCheckId id = new PoliceCheckId(UUID.randomUUID());
        ConcernDetails concern = aPoliceCheck().acute().concern();

        var opened = PoliceCheck.open(id, concern, PoliceCheckFixtures.DEADLINES, NOW);

        PoliceCheck check = opened.aggregate();
        assertThat(check.state()).isEqualTo(PoliceCheckState.OPEN);
        assertThat(check.openedAt()).isEqualTo(NOW);
        assertThat(check.concern()).isEqualTo(concern);
        assertThat(check.clearance()).isNull();
        assertThat(opened.events()).singleElement().isEqualTo(new PoliceCheckOpened(id.value(), "657", NOW, true));
    }

    @Test
    void clearingKeepsTheOfficerAndTheNote() {
        PoliceCheck check = aPoliceCheck().build();

        List<InfohusEvent> events = check.clear(OFFICER, "  Intet i POLSAS.  ", NOW);

        assertThat(check.clearance()).isEqualTo(new Clearance(OFFICER, "Intet i POLSAS.", NOW));
        assertThat(events)
                .singleElement()
                .isEqualTo(new PoliceCheckCleared(check.id().value(), "657", NOW, "TWA001"));
    }

    @Test
    void aBlankNoteIsNoNote() {
        PoliceCheck check = aPoliceCheck().build();

        check.clear(OFFICER, " ", NOW);

        assertThat(check.clearance()).isNotNull().extracting(Clearance::note).isNull();
    }

    @Test
    void aTakeOverKeepsItsReasonInScreeningAndTellsOnlyWhoTookItOver() {
        PoliceCheck check = aPoliceCheck().in(PoliceCheckState.CLEARED).build();

        List<InfohusEvent> events = check.takeOver(OFFICER, "Verserende efterforskning.", NOW);

        assertThat(check.state()).isEqualTo(PoliceCheckState.TAKEN_OVER_BY_POLICE);
        assertThat(check.takeOver()).isEqualTo(new TakeOver(OFFICER, "Verserende efterforskning.", NOW));
        assertThat(events)
                .singleElement()
                .isEqualTo(new ConcernTakenOverByPolice(check.id().value(), "657", NOW, "TWA001"));
    }

    @Test
    void aTakeOverNeedsAReason() {
        PoliceCheck check = aPoliceCheck().build();

        assertThatThrownBy(() -> check.takeOver(OFFICER, "  ", NOW))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("reason");
        assertThat(check.state()).isEqualTo(PoliceCheckState.OPEN);
        assertThat(check.takeOver()).isNull();
    }

    @Test
    void anOverlongNoteIsRefusedAndNothingChanges() {
        PoliceCheck check = aPoliceCheck().build();

        assertThatThrownBy(() -> check.clear(OFFICER, "x".repeat(PoliceCheck.MAX_TEXT_LENGTH + 1), NOW))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("note");
        assertThat(check.state()).isEqualTo(PoliceCheckState.OPEN);
        assertThat(check.clearance()).isNull();
    }

    @Test
    void presentingCarriesBothCoordinatorsAndThePersonToInfohus() {
        PoliceCheck check = aPoliceCheck().in(PoliceCheckState.CLEARED).build();

        List<InfohusEvent> events = present(check);

        assertThat(check.decision())
                .isEqualTo(new Decision(
                        DecisionOutcome.PRESENT,
                        null,
                        COORDINATORS,
                        NOW,
                        new Decision.Presentation(Meeting.NEXT_AD_HOC, true),
                        null,
                        null,
                        null));
        assertThat(events).hasSize(2);
        assertThat(events.get(0))
                .isEqualTo(new ConcernPresentedToInfohus(
                        check.id().value(), "657", NOW, "Ulla Nielsen", "TWA001", "NEXT_AD_HOC", true));
        assertThat(events.get(1)).isInstanceOfSatisfying(ConcernHandedOverToInfohus.class, event -> {
            assertThat(event.municipalCoordinator()).isEqualTo("Ulla Nielsen");
            assertThat(event.policeCoordinator()).isEqualTo("TWA001");
            assertThat(event.subjectKind()).isEqualTo("PERSON");
            assertThat(event.subject()).isEqualTo(check.concern().subject());
            assertThat(event.subject().cprNumber()).isEqualTo("170511-4321");
        });
    }

    @Test
    void presentingPassesOnEverythingTheReporterToldAboutThePerson() {
        PoliceCheck check = aPoliceCheck()
                .toldInFull()
                .after(UUID.randomUUID(), UUID.randomUUID())
                .in(PoliceCheckState.CLEARED)
                .build();

        assertThat(present(check))
                .filteredOn(ConcernHandedOverToInfohus.class::isInstance)
                .singleElement()
                .isInstanceOfSatisfying(ConcernHandedOverToInfohus.class, event -> {
                    assertThat(event.subject()).isEqualTo(PoliceCheckFixtures.TOLD_IN_FULL);
                    assertThat(event.subject().age()).isEqualTo(15);
                    assertThat(event.subject().onlinePlatforms()).containsExactly("TikTok", "Discord");
                    assertThat(event.subject().links()).hasSize(2);
                    assertThat(event.subject().when()).startsWith("Siden efterårsferien");
                    assertThat(event.subject().where()).isEqualTo("Klassens chat og skolegården");
                    assertThat(event.subject().otherAuthorities()).startsWith("SSP er orienteret");
                    assertThat(event.subject().reporterRelation()).isEqualTo("Klasselærer");
                });
    }

    static Stream<Arguments> earlierConcernsAndNumber() {
        return Stream.of(
                Arguments.of(List.of(), 1),
                Arguments.of(List.of(UUID.randomUUID()), 2),
                Arguments.of(List.of(UUID.randomUUID(), UUID.randomUUID()), 3),
                Arguments.of(List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()), 5));
    }

    @ParameterizedTest(name = "{1}. concern")
    @MethodSource("earlierConcernsAndNumber")
    void aConcernKnowsHowManyCameBeforeItAboutTheSameSubject(List<UUID> earlier, int number) {
        ConcernDetails concern =
                aPoliceCheck().after(earlier.toArray(UUID[]::new)).concern();

        assertThat(concern.concernNumberAboutSubject()).isEqualTo(number);
        assertThat(concern.earlierConcerns()).containsExactlyElementsOf(earlier);
    }

    @Test
    void presentingAGroupSaysSo() {
        PoliceCheck check =
                aPoliceCheck().aboutGroup().in(PoliceCheckState.CLEARED).build();

        assertThat(present(check))
                .filteredOn(ConcernHandedOverToInfohus.class::isInstance)
                .singleElement()
                .isInstanceOfSatisfying(ConcernHandedOverToInfohus.class, event -> {
                    assertThat(event.subjectKind()).isEqualTo("GROUP");
                    assertThat(event.subject().name()).isEqualTo("Gruppen i parken");
                });
    }

    @ParameterizedTest
    @EnumSource(NotPresentedReason.class)
    void notPresentingNamesTheReason(NotPresentedReason reason) {
        PoliceCheck check = aPoliceCheck().in(PoliceCheckState.CLEARED).build();
        String unit = reason == NotPresentedReason.REDIRECTED ? "Børn og Familie, Herning" : null;

        List<InfohusEvent> events =
                check.decline(COORDINATORS, CoordinatorSide.MUNICIPAL, reason, " Se notat. ", unit, null, NOW);

        assertThat(check.state()).isEqualTo(PoliceCheckState.NOT_PRESENTED);
        assertThat(check.decision())
                .isEqualTo(new Decision(
                        DecisionOutcome.NOT_PRESENTED, reason, COORDINATORS, NOW, null, "Se notat.", unit, null));
        assertThat(events)
                .singleElement()
                .isEqualTo(new ConcernNotPresented(
                        check.id().value(), "657", NOW, "Ulla Nielsen", "TWA001", reason.name()));
    }

    @Test
    void theTwoCoordinatorsAreTwoPeople() {
        assertThatThrownBy(() -> new Coordinators("TWA001", " twa001 "))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("policeCoordinator");
        assertThatThrownBy(() -> new Coordinators(" ", "TWA001"))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("municipalCoordinator");
        assertThat(new Coordinators(" Ulla Nielsen ", "TWA001").municipal()).isEqualTo("Ulla Nielsen");
    }

    @Test
    void theCoordinatorWhoRecordsTheDecisionFillsTheirOwnSideAndNamesTheOther() {
        assertThat(Coordinators.municipalWith("lise", " TWA001 ")).isEqualTo(new Coordinators("lise", "TWA001"));
        assertThat(Coordinators.policeWith("torben", "Ulla Nielsen"))
                .isEqualTo(new Coordinators("Ulla Nielsen", "torben"));
    }

    @Test
    void theCoordinatorWhoRecordsTheDecisionCannotNameThemselvesAsTheOther() {
        assertThatThrownBy(() -> Coordinators.municipalWith("lise", " LISE "))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("otherCoordinator");
        assertThatThrownBy(() -> Coordinators.policeWith("torben", "Torben"))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("otherCoordinator");
        assertThatThrownBy(() -> Coordinators.policeWith("torben", " "))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("otherCoordinator");
        assertThatThrownBy(() -> Coordinators.municipalWith("lise", "x".repeat(101)))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("otherCoordinator");
    }

    @Test
    void anActorIsNamedInAtMostAHundredCharacters() {
        assertThat(new Officer("x".repeat(100)).name()).hasSize(100);
        assertThatThrownBy(() -> new Officer("x".repeat(101)))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("officer");
        assertThatThrownBy(() -> new Officer(""))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("officer");
    }

    @Test
    void namesStayOutOfLogLines() {
        assertThat(OFFICER.toString()).doesNotContain("TWA001");
        assertThat(COORDINATORS.toString()).doesNotContain("Ulla");
        assertThat(aPoliceCheck().concern().toString()).doesNotContain("Ali", "170511");
    }

    private static List<InfohusEvent> perform(PoliceCheck check, PoliceCheckAction action) {
        return switch (action) {
            case ADD_NOTE -> check.addNote(OFFICER, PoliceNoteKind.CRIMINAL_MATTERS, "Kendt i POLSAS.", NOW);
            case CLEAR -> check.clear(OFFICER, "Intet i politiets systemer.", NOW);
            case TAKE_OVER -> check.takeOver(OFFICER, "Verserende efterforskning.", NOW);
            case RECORD_OBSTACLE ->
                check.recordObstacle(OFFICER, ObstacleReason.ONGOING_INVESTIGATION, LocalDate.of(2027, 1, 4), NOW);
            case LOOK_AGAIN -> check.lookAgain(PoliceCheckFixtures.DEADLINES, NOW);
            case ASSESS_CHILD -> check.assessChild("Ulla Nielsen", false, null, NOW);
            case RECORD_VIEW -> check.recordView(CoordinatorSide.POLICE, "TWA001", true, null, NOW);
            case PRESENT -> present(check);
            case DECLINE ->
                check.decline(
                        COORDINATORS,
                        CoordinatorSide.POLICE,
                        NotPresentedReason.REDIRECTED,
                        "Underretning efter Barnets Lov.",
                        "Børn og Familie",
                        null,
                        NOW);
        };
    }

    private static List<InfohusEvent> present(PoliceCheck check) {
        return check.present(COORDINATORS, CoordinatorSide.MUNICIPAL, Meeting.NEXT_AD_HOC, true, null, NOW);
    }
}
