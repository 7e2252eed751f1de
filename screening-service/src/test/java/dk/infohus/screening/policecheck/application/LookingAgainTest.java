package dk.infohus.screening.policecheck.application;

import static dk.infohus.screening.policecheck.domain.PoliceCheckFixtures.DEADLINES;
import static dk.infohus.screening.policecheck.domain.PoliceCheckFixtures.aPoliceCheck;
import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.contracts.Role;
import dk.infohus.contracts.screening.PoliceCheckReopened;
import dk.infohus.platform.security.Caller;
import dk.infohus.screening.policecheck.domain.ObstacleReason;
import dk.infohus.screening.policecheck.domain.Officer;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An obstacle brings its check back to the queue on its day, reading only the agenda's days due. */
class LookingAgainTest {

    private final InMemoryPoliceChecks checks = new InMemoryPoliceChecks();
    private final RecordingAgenda agenda = new RecordingAgenda();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T10:30:00Z"));
    private final PoliceScreening screening = new PoliceScreening(checks, agenda, DEADLINES, clock);

    @Test
    void anObstructedCheckComesBackOnItsDayAndNotBefore() {
        PoliceCheck check = obstructedUntil(LocalDate.of(2026, 12, 1));

        clock.set(Instant.parse("2026-11-30T22:59:00Z")); // 23:59 on 30 November in Copenhagen
        assertThat(screening.lookAgain()).isZero();
        assertThat(stateOf(check)).isEqualTo(PoliceCheckState.OBSTRUCTED);

        clock.set(Instant.parse("2026-11-30T23:01:00Z")); // 00:01 on 1 December in Copenhagen
        assertThat(screening.lookAgain()).isEqualTo(1);
        assertThat(stateOf(check)).isEqualTo(PoliceCheckState.OPEN);
        assertThat(checks.events).contains(new PoliceCheckReopened(check.id().value(), "657", clock.instant()));
        // due anew: five working days from 1 December
        assertThat(checks.find(check.id())
                        .orElseThrow()
                        .deadlines()
                        .policeCheck()
                        .lastWorkingDay())
                .isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void eachRunReadsOnlyTheDaysSinceTheLastOneAndTodayUntilTodayIsOver() {
        obstructedUntil(LocalDate.of(2026, 12, 3));
        clock.set(Instant.parse("2026-12-01T08:00:00Z"));

        screening.lookAgain();
        assertThat(agenda.read).containsExactly(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1));
        assertThat(agenda.doneThrough()).contains(LocalDate.of(2026, 11, 30));

        agenda.read.clear();
        screening.lookAgain();
        assertThat(agenda.read)
                .as("today stays on the agenda: an obstacle may still be put on today")
                .containsExactly(LocalDate.of(2026, 12, 1));

        agenda.read.clear();
        clock.set(Instant.parse("2026-12-04T08:00:00Z"));
        assertThat(screening.lookAgain()).isEqualTo(1);
        assertThat(agenda.read)
                .containsExactly(
                        LocalDate.of(2026, 12, 1),
                        LocalDate.of(2026, 12, 2),
                        LocalDate.of(2026, 12, 3),
                        LocalDate.of(2026, 12, 4));
        assertThat(agenda.lists).doesNotContainKeys(LocalDate.of(2026, 12, 3));
    }

    @Test
    void anObstacleRecordedForTodayComesBackTodayEvenAfterTodaysFirstRun() {
        clock.set(Instant.parse("2026-12-01T00:05:00Z"));
        screening.lookAgain();
        PoliceCheck check = obstructedUntil(LocalDate.of(2026, 12, 1));

        clock.set(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(screening.lookAgain()).isEqualTo(1);
        assertThat(stateOf(check)).isEqualTo(PoliceCheckState.OPEN);
    }

    @Test
    void aStaleEntryChangesNothing() {
        PoliceCheck check = obstructedUntil(LocalDate.of(2026, 12, 1));
        checks.change(check.id(), found -> found.takeOver(new Officer("torben"), "Akut.", clock.instant()));
        int eventsBefore = checks.events.size();

        clock.set(Instant.parse("2026-12-02T08:00:00Z"));
        assertThat(screening.lookAgain()).isZero();
        assertThat(stateOf(check)).isEqualTo(PoliceCheckState.TAKEN_OVER_BY_POLICE);
        assertThat(checks.events).hasSize(eventsBefore);
    }

    @Test
    void aServiceDownForDaysCatchesUp() {
        PoliceCheck early = obstructedUntil(LocalDate.of(2026, 11, 27));
        PoliceCheck later = obstructedUntil(LocalDate.of(2026, 11, 29));
        screening.lookAgain();
        assertThat(stateOf(early)).isEqualTo(PoliceCheckState.OBSTRUCTED);

        clock.set(Instant.parse("2026-12-03T08:00:00Z"));
        assertThat(screening.lookAgain()).isEqualTo(2);
        assertThat(stateOf(early)).isEqualTo(PoliceCheckState.OPEN);
        assertThat(stateOf(later)).isEqualTo(PoliceCheckState.OPEN);
    }

    private PoliceCheck obstructedUntil(LocalDate day) {
        PoliceCheck check = aPoliceCheck().build();
        checks.add(check);
        Caller caller = new Caller("torben", Role.POLICE_COORDINATOR, null, Set.of("657", "661"), null, null, null);
        screening.recordObstacle(check.id(), caller, ObstacleReason.AWAITING_INFORMATION, day);
        return check;
    }

    private PoliceCheckState stateOf(PoliceCheck check) {
        return checks.find(check.id()).orElseThrow().state();
    }

    /** The agenda in a map, remembering which days' lists were read. */
    static final class RecordingAgenda implements LookAgainAgenda {
        final Map<LocalDate, Set<PoliceCheckId>> lists = new HashMap<>();
        final List<LocalDate> read = new ArrayList<>();
        private LocalDate doneThrough;

        @Override
        public void add(LocalDate day, PoliceCheckId check) {
            lists.computeIfAbsent(day, any -> new LinkedHashSet<>()).add(check);
        }

        @Override
        public List<PoliceCheckId> on(LocalDate day) {
            read.add(day);
            return List.copyOf(lists.getOrDefault(day, Set.of()));
        }

        @Override
        public Optional<LocalDate> doneThrough() {
            return Optional.ofNullable(doneThrough);
        }

        @Override
        public void done(LocalDate day) {
            lists.remove(day);
            doneThrough = day;
        }
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
