package dk.infohus.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.gateway.ratelimit.RateLimitSettings.Limit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLimiterTest {

    final MovableClock clock = new MovableClock();

    @Test
    void theDefaultsAreTheAgreedLimits() {
        RateLimitSettings defaults = RateLimitSettings.defaults();

        assertThat(defaults.submissionsPerAddress())
                .containsExactly(new Limit(10, Duration.ofMinutes(10)), new Limit(30, Duration.ofDays(1)));
        assertThat(defaults.submissionsPerSession()).containsExactly(new Limit(20, Duration.ofMinutes(10)));
        assertThat(defaults.receiptLookupsPerAddress()).containsExactly(new Limit(30, Duration.ofMinutes(10)));
        assertThat(defaults.challengesPerAddress()).containsExactly(new Limit(60, Duration.ofMinutes(10)));
    }

    @Test
    void withTheDefaultsTheEleventhSubmissionFromOneAddressIsRefusedForAMinute() {
        RateLimiter limiter = new RateLimiter(RateLimitSettings.defaults(), clock);

        assertThat(IntStream.range(0, 10)
                        .mapToObj(i -> limiter.tryAcquire(LimitedRequest.SUBMISSION, "203.0.113.7", null)))
                .allMatch(Optional::isEmpty);
        Optional<RateLimiter.Refusal> eleventh = limiter.tryAcquire(LimitedRequest.SUBMISSION, "203.0.113.7", null);

        assertThat(eleventh)
                .hasValueSatisfying(
                        refusal -> assertThat(refusal.retryAfterSeconds()).isEqualTo(60));
        assertThat(limiter.tryAcquire(LimitedRequest.SUBMISSION, "203.0.113.8", null))
                .as("another address")
                .isEmpty();
        assertThat(limiter.tryAcquire(LimitedRequest.RECEIPT_LOOKUP, "203.0.113.7", null))
                .as("another kind of request")
                .isEmpty();
    }

    @Test
    void aRefusalByTheSessionGivesTheAddressItsTokenBack() {
        RateLimiter limiter = new RateLimiter(
                new RateLimitSettings(
                        List.of(new Limit(2, Duration.ofMinutes(10))),
                        List.of(new Limit(1, Duration.ofMinutes(10))),
                        null,
                        null,
                        null),
                clock);

        assertThat(limiter.tryAcquire(LimitedRequest.SUBMISSION, "203.0.113.7", "session-a"))
                .isEmpty();
        assertThat(limiter.tryAcquire(LimitedRequest.SUBMISSION, "203.0.113.7", "session-a"))
                .isPresent();
        assertThat(limiter.tryAcquire(LimitedRequest.SUBMISSION, "203.0.113.7", null))
                .isEmpty();
        assertThat(limiter.tryAcquire(LimitedRequest.SUBMISSION, "203.0.113.7", null))
                .isPresent();
    }

    @Test
    void anEmptyListSwitchesALimitOff() {
        RateLimiter limiter = new RateLimiter(new RateLimitSettings(null, null, null, List.of(), null), clock);

        assertThat(IntStream.range(0, 1000)
                        .mapToObj(i -> limiter.tryAcquire(LimitedRequest.CHALLENGE, "203.0.113.7", null)))
                .allMatch(Optional::isEmpty);
    }

    @Test
    void spentRequestsComeBackEvenlyWithTime() {
        RateLimiter limiter = new RateLimiter(
                new RateLimitSettings(null, null, List.of(new Limit(2, Duration.ofMinutes(10))), null, null), clock);
        limiter.tryAcquire(LimitedRequest.RECEIPT_LOOKUP, "203.0.113.7", null);
        limiter.tryAcquire(LimitedRequest.RECEIPT_LOOKUP, "203.0.113.7", null);

        assertThat(limiter.tryAcquire(LimitedRequest.RECEIPT_LOOKUP, "203.0.113.7", null))
                .hasValueSatisfying(
                        refusal -> assertThat(refusal.retryAfterSeconds()).isEqualTo(300));
        clock.advance(Duration.ofSeconds(299));
        assertThat(limiter.tryAcquire(LimitedRequest.RECEIPT_LOOKUP, "203.0.113.7", null))
                .hasValueSatisfying(
                        refusal -> assertThat(refusal.retryAfterSeconds()).isEqualTo(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire(LimitedRequest.RECEIPT_LOOKUP, "203.0.113.7", null))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "203.0.113.7, 203.0.113.7",
        "2001:db8:1:2:3:4:5:6, 20010db800010002::/64",
        "2001:db8:1:2::9, 20010db800010002::/64",
        "0:0:0:0:0:0:0:1, 0000000000000000::/64",
        "::ffff:203.0.113.7, 203.0.113.7"
    })
    void anIpv6ClientIsKeyedByItsSlash64(String address, String key) {
        assertThat(RateLimiter.addressKey(address)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"0", "-1"})
    void aLimitAllowsAtLeastOneRequest(int requests) {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Limit(requests, Duration.ofMinutes(1)));
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
