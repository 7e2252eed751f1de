package dk.infohus.screening.policecheck.domain;

import static dk.infohus.screening.policecheck.domain.PoliceCheckFixtures.COORDINATORS;
import static dk.infohus.screening.policecheck.domain.PoliceCheckFixtures.DEADLINES;
import static dk.infohus.screening.policecheck.domain.PoliceCheckFixtures.NOW;
import static dk.infohus.screening.policecheck.domain.PoliceCheckFixtures.OFFICER;
import static dk.infohus.screening.policecheck.domain.PoliceCheckFixtures.POLICE_CHECK_DUE;
import static dk.infohus.screening.policecheck.domain.PoliceCheckFixtures.RECEIVED;
import static dk.infohus.screening.policecheck.domain.PoliceCheckFixtures.aPoliceCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.contracts.EventJson;
import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.screening.ConcernNotPresented;
import dk.infohus.contracts.screening.ConcernPresentedToInfohus;
import dk.infohus.contracts.screening.PoliceCheckObstructed;
import dk.infohus.contracts.screening.PoliceCheckReopened;
import dk.infohus.platform.domain.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Police notes, obstacles, the coordinators' views and decision, and the deadlines. */
class PoliceCheckRulesTest {

    /** NOW is Thursday 26 November 2026 in Copenhagen. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @ParameterizedTest
    @EnumSource(PoliceNoteKind.class)
    void aPoliceNoteIsKeptWithItsKindAndOfficerAndCausesNoEvent(PoliceNoteKind kind) {
        PoliceCheck check = aPoliceCheck().build();

        assertThat(check.addNote(OFFICER, kind, "  Kendt i POLSAS for trusler.  ", NOW))
                .isEmpty();

        assertThat(check.notes()).containsExactly(new PoliceNote(kind, "Kendt i POLSAS for trusler.", OFFICER, NOW));
        assertThat(check.notes().get(0).toString()).doesNotContain("POLSAS");
    }

    @Test
    void theSameFormSentTwiceAddsOneNote() {
        PoliceCheck check = aPoliceCheck().build();
        UUID submission = UUID.randomUUID();

        check.addNote(OFFICER, PoliceNoteKind.ACUTE_SECURITY, "Trusler mod skolen.", submission, NOW);
        check.addNote(OFFICER, PoliceNoteKind.ACUTE_SECURITY, "Trusler mod skolen.", submission, NOW.plusSeconds(1));
        check.addNote(OFFICER, PoliceNoteKind.ACUTE_SECURITY, "Trusler mod skolen.", UUID.randomUUID(), NOW);

        assertThat(check.notes()).hasSize(2);
        assertThat(check.notes().get(0).submission()).isEqualTo(submission);
    }

    @Test
    void aNoteNeedsTextWithinItsLimit() {
        PoliceCheck check = aPoliceCheck().build();

        assertRefused(() -> check.addNote(OFFICER, PoliceNoteKind.OTHER_OBSTACLE, " ", NOW), "text");
        assertRefused(
                () -> check.addNote(
                        OFFICER, PoliceNoteKind.OTHER_OBSTACLE, "x".repeat(PoliceCheck.MAX_TEXT_LENGTH + 1), NOW),
                "text");
        assertThat(check.addNote(OFFICER, PoliceNoteKind.OTHER_OBSTACLE, "x".repeat(PoliceCheck.MAX_TEXT_LENGTH), NOW))
                .isEmpty();
        assertThat(check.notes()).hasSize(1);
    }

    @Test
    void anObstacleTakesTheCheckOutOfTheQueueUntilItsDay() {
        PoliceCheck check = aPoliceCheck().build();
        LocalDate day = LocalDate.of(2027, 1, 4);

        var events = check.recordObstacle(OFFICER, ObstacleReason.PENDING_CRIMINAL_CASE, day, NOW);

        assertThat(check.state()).isEqualTo(PoliceCheckState.OBSTRUCTED);
        assertThat(check.obstacle()).isEqualTo(new Obstacle(ObstacleReason.PENDING_CRIMINAL_CASE, day, OFFICER, NOW));
        assertThat(events)
                .containsExactly(new PoliceCheckObstructed(
                        check.id().value(), "657", NOW, "TWA001", "PENDING_CRIMINAL_CASE", day));
        assertThat(check.isDueToLookAgainOn(day.minusDays(1))).isFalse();
        assertThat(check.isDueToLookAgainOn(day)).isTrue();
        assertThat(check.isDueToLookAgainOn(day.plusDays(3))).isTrue();
    }

    @Test
    void anObstacleMayBeLookedAtAgainTodayButNotYesterdayNorAfterAYear() {
        assertThat(aPoliceCheck().build().recordObstacle(OFFICER, ObstacleReason.OTHER, TODAY, NOW))
                .hasSize(1);
        assertThat(aPoliceCheck()
                        .build()
                        .recordObstacle(
                                OFFICER, ObstacleReason.OTHER, TODAY.plusDays(PoliceCheck.MAX_DAYS_TO_LOOK_AGAIN), NOW))
                .hasSize(1);

        assertObstacleRefused(ObstacleReason.OTHER, TODAY.minusDays(1), "lookAgainOn");
        assertObstacleRefused(
                ObstacleReason.OTHER, TODAY.plusDays(PoliceCheck.MAX_DAYS_TO_LOOK_AGAIN + 1), "lookAgainOn");
        assertObstacleRefused(ObstacleReason.OTHER, null, "lookAgainOn");
        assertObstacleRefused(null, TODAY.plusDays(7), "reason");
    }

    @Test
    void todayIsCountedInCopenhagen() {
        // 23:30 UTC on 26 November is already 27 November in Copenhagen, so the 26th is in the past
        Instant lateEvening = Instant.parse("2026-11-26T23:30:00Z");
        PoliceCheck check = aPoliceCheck().build();

        assertRefused(() -> check.recordObstacle(OFFICER, ObstacleReason.OTHER, TODAY, lateEvening), "lookAgainOn");
        assertThat(check.recordObstacle(OFFICER, ObstacleReason.OTHER, TODAY.plusDays(1), lateEvening))
                .hasSize(1);
    }

    @Test
    void aCheckThatComesBackIsDueAnewAndKeepsItsObstacleOnRecord() {
        PoliceCheck check = aPoliceCheck().in(PoliceCheckState.OBSTRUCTED).build();
        Instant back = Instant.parse("2027-01-04T05:00:00Z");

        var events = check.lookAgain(DEADLINES, back);

        assertThat(check.state()).isEqualTo(PoliceCheckState.OPEN);
        assertThat(events).containsExactly(new PoliceCheckReopened(check.id().value(), "657", back));
        // Monday 4 January + 5 working days: Monday 11 January, end of the day
        assertThat(check.deadlines().policeCheck().lastWorkingDay()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(check.obstacle()).isNotNull();
    }

    @Test
    void openingSetsThePoliceCheckDueDateFromIntakesReceiptAndAChildsTwentyFourHours() {
        ConcernDetails child = aPoliceCheck().concern();

        PoliceCheck check = PoliceCheck.open(new PoliceCheckId(UUID.randomUUID()), child, DEADLINES, NOW)
                .aggregate();

        assertThat(child.ageGroup()).isEqualTo(AgeGroup.CHILD);
        assertThat(check.deadlines().policeCheck().dueAt()).isEqualTo(POLICE_CHECK_DUE);
        assertThat(check.deadlines().childAssessment()).isNotNull();
        assertThat(check.deadlines().childAssessment().dueAt()).isEqualTo(RECEIVED.plusSeconds(24 * 3_600));
        assertThat(check.nextDueAt()).isEqualTo(RECEIVED.plusSeconds(24 * 3_600));
    }

    @Test
    void anAdultHasNoTwentyFourHourAssessment() {
        PoliceCheck check = PoliceCheck.open(
                        new PoliceCheckId(UUID.randomUUID()),
                        aPoliceCheck().aboutAdult().concern(),
                        DEADLINES,
                        NOW)
                .aggregate();

        assertThat(check.deadlines().childAssessment()).isNull();
        assertThat(check.nextDueAt()).isEqualTo(POLICE_CHECK_DUE);
        assertRefused(() -> check.assessChild("Ulla Nielsen", false, null, NOW), "acuteMeasuresNeeded");
    }

    @Test
    void theChildsAssessmentStopsItsClockAndClearingStopsThePoliceChecks() {
        PoliceCheck check = aPoliceCheck().build();
        Instant dayAfter = RECEIVED.plusSeconds(24 * 3_600);

        assertThat(check.isOverdueAt(dayAfter.minusSeconds(1))).isFalse();
        assertThat(check.isOverdueAt(dayAfter)).isTrue();

        check.assessChild("Ulla Nielsen", true, "Forældre kontaktet.", dayAfter.minusSeconds(60));
        assertThat(check.childAssessment())
                .isEqualTo(new ChildAssessment("Ulla Nielsen", true, "Forældre kontaktet.", dayAfter.minusSeconds(60)));
        assertThat(check.nextDueAt()).isEqualTo(POLICE_CHECK_DUE);
        assertThat(check.isOverdueAt(POLICE_CHECK_DUE)).isTrue();

        check.clear(OFFICER, null, POLICE_CHECK_DUE.minusSeconds(1));
        assertThat(check.nextDueAt()).isNull();
        assertThat(check.isOverdueAt(POLICE_CHECK_DUE.plusSeconds(86_400))).isFalse();
    }

    @Test
    void anObstructedCheckIsNotOverdue() {
        PoliceCheck check =
                aPoliceCheck().aboutAdult().in(PoliceCheckState.OBSTRUCTED).build();

        assertThat(check.nextDueAt()).isNull();
    }

    @Test
    void eachCoordinatorRecordsTheirOwnView() {
        PoliceCheck check =
                aPoliceCheck().withoutViews().in(PoliceCheckState.CLEARED).build();

        check.recordView(CoordinatorSide.MUNICIPAL, "Ulla Nielsen", false, " Ikke nok. ", NOW);
        check.recordView(CoordinatorSide.MUNICIPAL, "Ulla Nielsen", true, null, NOW.plusSeconds(1));
        check.recordView(CoordinatorSide.POLICE, "TWA001", true, "Enig.", NOW);

        assertThat(check.viewOf(CoordinatorSide.MUNICIPAL))
                .isEqualTo(
                        new CoordinatorView(CoordinatorSide.MUNICIPAL, "Ulla Nielsen", true, null, NOW.plusSeconds(1)));
        assertThat(check.viewOf(CoordinatorSide.POLICE))
                .isEqualTo(new CoordinatorView(CoordinatorSide.POLICE, "TWA001", true, "Enig.", NOW));
    }

    @Test
    void theDecisionNeedsBothViewsOrSaysWhyOneWasAbsent() {
        PoliceCheck check =
                aPoliceCheck().withoutViews().in(PoliceCheckState.CLEARED).build();

        assertRefused(() -> present(check, CoordinatorSide.MUNICIPAL, null), "view");
        check.recordView(CoordinatorSide.MUNICIPAL, "Ulla Nielsen", true, null, NOW);
        assertRefused(() -> present(check, CoordinatorSide.MUNICIPAL, null), "absenceReason");
        assertRefused(() -> present(check, CoordinatorSide.MUNICIPAL, "  "), "absenceReason");
        assertThat(check.state()).isEqualTo(PoliceCheckState.CLEARED);

        assertThat(present(check, CoordinatorSide.MUNICIPAL, "Polititovholderen er på kursus; haster."))
                .hasSize(2);
        assertThat(check.decision().absence())
                .isEqualTo(new Absence(CoordinatorSide.POLICE, "Polititovholderen er på kursus; haster."));
    }

    @Test
    void withBothViewsNobodyIsAbsent() {
        PoliceCheck check = aPoliceCheck().in(PoliceCheckState.CLEARED).build();

        assertRefused(() -> present(check, CoordinatorSide.POLICE, "Ferie."), "absenceReason");
        assertThat(present(check, CoordinatorSide.POLICE, null)).hasSize(2);
        assertThat(check.decision().absence()).isNull();
    }

    @Test
    void presentingNeedsTheMeeting() {
        PoliceCheck check = aPoliceCheck().in(PoliceCheckState.CLEARED).build();

        assertRefused(() -> check.present(COORDINATORS, CoordinatorSide.MUNICIPAL, null, false, null, NOW), "meeting");
        assertThat(check.decision()).isNull();
    }

    static Stream<Arguments> refusedDeclines() {
        return Stream.of(
                Arguments.of(null, "Intet", null, "reason"),
                Arguments.of(NotPresentedReason.UNFOUNDED, " ", null, "explanation"),
                Arguments.of(NotPresentedReason.UNFOUNDED, null, null, "explanation"),
                Arguments.of(NotPresentedReason.UNFOUNDED, "Intet", "Børn og Familie", "receivingUnit"),
                Arguments.of(NotPresentedReason.REDIRECTED, "Underretning", null, "receivingUnit"),
                Arguments.of(NotPresentedReason.REDIRECTED, "Underretning", "  ", "receivingUnit"),
                Arguments.of(
                        NotPresentedReason.REDIRECTED,
                        "Underretning",
                        "x".repeat(PoliceCheck.MAX_UNIT_LENGTH + 1),
                        "receivingUnit"),
                Arguments.of(
                        NotPresentedReason.UNFOUNDED,
                        "x".repeat(PoliceCheck.MAX_TEXT_LENGTH + 1),
                        null,
                        "explanation"));
    }

    @ParameterizedTest(name = "{0}, {1}, {2}: {3}")
    @MethodSource("refusedDeclines")
    void notPresentingNeedsAReasonAnExplanationAndForARedirectTheUnit(
            @Nullable NotPresentedReason reason, @Nullable String explanation, @Nullable String unit, String field) {
        PoliceCheck check = aPoliceCheck().in(PoliceCheckState.CLEARED).build();

        assertRefused(
                () -> check.decline(COORDINATORS, CoordinatorSide.MUNICIPAL, reason, explanation, unit, null, NOW),
                field);
        assertThat(check.state()).isEqualTo(PoliceCheckState.CLEARED);
        assertThat(check.decision()).isNull();
    }

    @Test
    void aRedirectTellsThePoliceSystemsTheReasonCodeOnly() {
        PoliceCheck check = aPoliceCheck().in(PoliceCheckState.CLEARED).build();

        var events = check.decline(
                COORDINATORS,
                CoordinatorSide.MUNICIPAL,
                NotPresentedReason.REDIRECTED,
                "Underretning efter Barnets Lov; Ali er 8 år.",
                "Børn og Familie, Herning Kommune",
                null,
                NOW);

        assertThat(events)
                .containsExactly(new ConcernNotPresented(
                        check.id().value(), "657", NOW, "Ulla Nielsen", "TWA001", "REDIRECTED"));
        assertThat(check.decision().receivingUnit()).isEqualTo("Børn og Familie, Herning Kommune");
    }

    @Test
    void whatThePoliceSystemsReadOfAPresentedConcernCarriesNoPerson() {
        PoliceCheck check =
                aPoliceCheck().toldInFull().in(PoliceCheckState.CLEARED).build();

        var forPolice = present(check, CoordinatorSide.MUNICIPAL, null).stream()
                .filter(ConcernPresentedToInfohus.class::isInstance)
                .findFirst()
                .orElseThrow();

        String wire = new String(new EventJson().write(forPolice), StandardCharsets.UTF_8);
        PersonalData person = PoliceCheckFixtures.TOLD_IN_FULL;
        assertThat(wire)
                .doesNotContain(person.name(), person.cprNumber(), person.address(), person.account())
                .doesNotContain("subject");
    }

    @ParameterizedTest(name = "{0} ({1}, {2}) on {3}: {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "170511-4321, -, -, 2026-11-26, CHILD", // 4, 11: born 2011
                "170508-4321, -, -, 2026-05-17, ADULT", // 18 today
                "170508-4321, -, -, 2026-05-16, CHILD", // 18 tomorrow
                "120390-1235, -, -, 2026-11-26, ADULT", // 1: born 1990
                "010160-4111, -, -, 2026-11-26, ADULT", // 4, 60: born 1960
                "010110-5111, -, -, 2026-11-26, CHILD", // 5, 10: born 2010
                "010170-9111, -, -, 2026-11-26, ADULT", // 9, 70: born 1970
                "-, 2012-03-01, -, 2026-11-26, CHILD",
                "-, 1999-03-01, -, 2026-11-26, ADULT",
                "-, -, 17, 2026-11-26, CHILD",
                "-, -, 18, 2026-11-26, ADULT",
                "-, -, -, 2026-11-26, UNKNOWN",
                "320190-1235, -, 8, 2026-11-26, CHILD", // no such day: the guessed age counts
            })
    void theAgeGroupComesFromTheCprNumberTheBirthDateOrTheGuessedAge(
            @Nullable String cpr, @Nullable LocalDate birthDate, @Nullable Integer age, LocalDate on, AgeGroup group) {
        PersonalData subject =
                new PersonalData("Ali", cpr, birthDate, null, "Konto", age, null, null, null, null, null, null, null);

        assertThat(AgeGroup.of(SubjectKind.PERSON, subject, on)).isEqualTo(group);
    }

    @Test
    void aGroupHasNoAge() {
        PersonalData subject =
                new PersonalData("Gruppen", null, null, null, "Konto", 15, null, null, null, null, null, null, null);

        assertThat(AgeGroup.of(SubjectKind.GROUP, subject, TODAY)).isEqualTo(AgeGroup.UNKNOWN);
    }

    private static java.util.List<dk.infohus.contracts.InfohusEvent> present(
            PoliceCheck check, CoordinatorSide recordedBy, @Nullable String absence) {
        return check.present(COORDINATORS, recordedBy, Meeting.NEXT_FIXED, false, absence, NOW);
    }

    private static void assertObstacleRefused(@Nullable ObstacleReason reason, @Nullable LocalDate day, String field) {
        PoliceCheck check = aPoliceCheck().build();
        assertRefused(() -> check.recordObstacle(OFFICER, reason, day, NOW), field);
        assertThat(check.state()).isEqualTo(PoliceCheckState.OPEN);
        assertThat(check.obstacle()).isNull();
    }

    private static void assertRefused(Runnable change, String field) {
        assertThatThrownBy(change::run)
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo(field);
    }
}
