package dk.infohus.intake.concern.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UnverifiedSubmissionsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void acceptsTheBudgetThenRefusesUntilItRefills() {
        UnverifiedSubmissions budget = new UnverifiedSubmissions(3, clock);

        assertThat(budget.tryTake()).isTrue();
        assertThat(budget.tryTake()).isTrue();
        assertThat(budget.tryTake()).isTrue();
        assertThat(budget.tryTake()).as("the fourth within the hour").isFalse();

        clock.advance(Duration.ofMinutes(20));
        assertThat(budget.tryTake())
                .as("a third of an hour refills one of three")
                .isTrue();
        assertThat(budget.tryTake()).isFalse();
    }

    @Test
    void aBudgetOfNoneAcceptsNone() {
        assertThat(new UnverifiedSubmissions(0, clock).tryTake()).isFalse();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
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
