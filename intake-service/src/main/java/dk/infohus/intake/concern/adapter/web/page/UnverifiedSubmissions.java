package dk.infohus.intake.concern.adapter.web.page;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The small budget, shared by the whole service, for public forms sent without a solved proof of work: a
 * browser without JavaScript cannot solve the ALTCHA challenge, and such a citizen must still be able to
 * report, but a robot must not be able to flood the intake that way. Bucket4j, refilling evenly over the hour.
 */
final class UnverifiedSubmissions {

    private final @Nullable Bucket bucket;

    /** @param perHour 0 accepts none */
    UnverifiedSubmissions(int perHour, Clock clock) {
        if (perHour < 0) {
            throw new IllegalArgumentException("unverified submissions per hour must be 0 or more");
        }
        this.bucket = perHour == 0
                ? null
                : Bucket.builder()
                        .withCustomTimePrecision(new ClockTimeMeter(clock))
                        .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                        .build();
    }

    /** Takes one from the budget; false when it is used up for now. */
    boolean tryTake() {
        return bucket != null && bucket.tryConsume(1);
    }

    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
