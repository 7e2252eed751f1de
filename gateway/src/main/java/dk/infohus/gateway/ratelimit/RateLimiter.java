package dk.infohus.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.infohus.gateway.ratelimit.RateLimitSettings.Limit;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Token buckets (Bucket4j, in this process only) per client address and per signed-in session, kept in a
 * bounded Caffeine cache. A request of a {@link LimitedRequest kind} takes one token from every bucket that
 * applies to it; when one bucket is empty the request is refused, the tokens it took from the others are
 * given back, and the answer says how long until the empty bucket has a token again.
 *
 * <p>A bucket refills evenly over its period (10 per 10 minutes: one more every minute). A bucket unused
 * for the longest period is full anyway, so the cache forgets it then. Time comes from the injected {@link
 * Clock}, for the buckets and for the cache alike.
 *
 * <p>Several front door instances each keep their own buckets: a client spread over them gets the limit
 * once per instance. That is accepted; the limits are against floods, not exact quotas.
 */
public final class RateLimiter {

    /** What a refused request is told: when to try again. */
    public record Refusal(LimitedRequest request, Duration retryAfter) {

        /** Whole seconds for {@code Retry-After}, rounded up, at least 1. */
        public long retryAfterSeconds() {
            long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
            return Math.max(1, seconds);
        }
    }

    private enum Scope {
        ADDRESS,
        SESSION
    }

    private final RateLimitSettings settings;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(RateLimitSettings settings, Clock clock) {
        this.settings = settings;
        this.time = new ClockTimeMeter(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(settings.maxTrackedClients())
                .expireAfterAccess(settings.longestPeriod())
                .ticker(time::currentTimeNanos)
                .build();
    }

    /**
     * Takes one token for this request from every bucket that applies.
     *
     * @param clientAddress the client's IP address ({@code request.getRemoteAddr()})
     * @param sessionId the signed-in session, or null for an anonymous request
     * @return empty when the request may pass, else how long to wait
     */
    public Optional<Refusal> tryAcquire(LimitedRequest request, String clientAddress, @Nullable String sessionId) {
        List<Bucket> taken = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            List<Limit> limits = limitsOf(request, scope);
            String key = scope == Scope.ADDRESS ? addressKey(clientAddress) : sessionId;
            if (limits.isEmpty() || key == null) {
                continue;
            }
            Bucket bucket = buckets.get(request + "|" + scope + "|" + key, ignored -> newBucket(limits));
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                taken.forEach(earlier -> earlier.addTokens(1));
                return Optional.of(new Refusal(request, Duration.ofNanos(probe.getNanosToWaitForRefill())));
            }
            taken.add(bucket);
        }
        return Optional.empty();
    }

    private List<Limit> limitsOf(LimitedRequest request, Scope scope) {
        return switch (request) {
            case SUBMISSION ->
                scope == Scope.ADDRESS ? settings.submissionsPerAddress() : settings.submissionsPerSession();
            case RECEIPT_LOOKUP -> scope == Scope.ADDRESS ? settings.receiptLookupsPerAddress() : List.of();
            case CHALLENGE -> scope == Scope.ADDRESS ? settings.challengesPerAddress() : List.of();
        };
    }

    private Bucket newBucket(List<Limit> limits) {
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
        limits.forEach(limit -> builder.addLimit(
                bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.per())));
        return builder.build();
    }

    /**
     * One IPv4 address is one client; for IPv6 the /64 prefix is, since one connection usually holds a whole
     * /64 and could otherwise take a fresh address for every request.
     */
    static String addressKey(String clientAddress) {
        if (clientAddress.indexOf(':') < 0) {
            return clientAddress;
        }
        try {
            // a literal address: no name is looked up
            InetAddress address = InetAddress.getByName(clientAddress);
            if (address instanceof Inet6Address) {
                return HexFormat.of().formatHex(Arrays.copyOf(address.getAddress(), 8)) + "::/64";
            }
            return address.getHostAddress();
        } catch (UnknownHostException | SecurityException notALiteral) {
            return clientAddress;
        }
    }

    /** Bucket4j's and Caffeine's time, read from the clock (nanoseconds since the epoch). */
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
