package dk.infohus.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The front door's rate limits ({@code infohus.gateway.rate-limits.*}). Each list holds the limits one
 * bucket enforces together; an empty list switches that limit off. For example:
 *
 * <pre>
 * infohus.gateway.rate-limits:
 *   submissions-per-address: [{requests: 10, per: 10m}, {requests: 30, per: 1d}]
 *   submissions-per-session: [{requests: 20, per: 10m}]
 *   receipt-lookups-per-address: [{requests: 30, per: 10m}]
 *   challenges-per-address: [{requests: 60, per: 10m}]
 *   max-tracked-clients: 100000
 * </pre>
 *
 * @param submissionsPerAddress concerns submitted ({@code POST /api/concerns}, {@code POST
 *     /offentlig/bekymring}, {@code POST /indberetning/**}) from one client address
 * @param submissionsPerSession the same, from one signed-in session
 * @param receiptLookupsPerAddress receipt lookups ({@code GET /api/receipts/**}, {@code GET
 *     /offentlig/status?kode=}) from one client address
 * @param challengesPerAddress ALTCHA challenges ({@code GET /offentlig/udfordring}) from one client address
 * @param maxTrackedClients how many buckets (address or session, per kind of request) are kept at most; the
 *     least recently used go first, so memory stays bounded under a flood of addresses
 */
@ConfigurationProperties("infohus.gateway.rate-limits")
public record RateLimitSettings(
        @Nullable List<Limit> submissionsPerAddress,
        @Nullable List<Limit> submissionsPerSession,
        @Nullable List<Limit> receiptLookupsPerAddress,
        @Nullable List<Limit> challengesPerAddress,
        @Nullable Integer maxTrackedClients) {

    /** At most {@code requests} per {@code per}; spent requests come back evenly over the period. */
    public record Limit(int requests, Duration per) {

        public Limit {
            if (requests < 1) {
                throw new IllegalArgumentException("a rate limit allows at least 1 request, not " + requests);
            }
            if (per.isZero() || per.isNegative()) {
                throw new IllegalArgumentException("a rate limit's period must be positive, not " + per);
            }
        }
    }

    public RateLimitSettings {
        submissionsPerAddress = orDefault(
                submissionsPerAddress, new Limit(10, Duration.ofMinutes(10)), new Limit(30, Duration.ofDays(1)));
        submissionsPerSession = orDefault(submissionsPerSession, new Limit(20, Duration.ofMinutes(10)));
        receiptLookupsPerAddress = orDefault(receiptLookupsPerAddress, new Limit(30, Duration.ofMinutes(10)));
        challengesPerAddress = orDefault(challengesPerAddress, new Limit(60, Duration.ofMinutes(10)));
        if (maxTrackedClients == null) {
            maxTrackedClients = 100_000;
        } else if (maxTrackedClients < 1) {
            throw new IllegalArgumentException("max-tracked-clients must be positive, not " + maxTrackedClients);
        }
    }

    /** The defaults of the brief: see the class comment. */
    public static RateLimitSettings defaults() {
        return new RateLimitSettings(null, null, null, null, null);
    }

    @Override
    public List<Limit> submissionsPerAddress() {
        return nonNull(submissionsPerAddress);
    }

    @Override
    public List<Limit> submissionsPerSession() {
        return nonNull(submissionsPerSession);
    }

    @Override
    public List<Limit> receiptLookupsPerAddress() {
        return nonNull(receiptLookupsPerAddress);
    }

    @Override
    public List<Limit> challengesPerAddress() {
        return nonNull(challengesPerAddress);
    }

    @Override
    public Integer maxTrackedClients() {
        return maxTrackedClients == null ? 100_000 : maxTrackedClients;
    }

    /** The longest period of any limit: a bucket untouched this long is full again and can be forgotten. */
    Duration longestPeriod() {
        return Stream.of(
                        submissionsPerAddress(),
                        submissionsPerSession(),
                        receiptLookupsPerAddress(),
                        challengesPerAddress())
                .flatMap(List::stream)
                .map(Limit::per)
                .max(Duration::compareTo)
                .orElse(Duration.ofMinutes(1));
    }

    private static List<Limit> orDefault(@Nullable List<Limit> configured, Limit... defaults) {
        return configured == null ? List.of(defaults) : List.copyOf(configured);
    }

    private static List<Limit> nonNull(@Nullable List<Limit> limits) {
        return limits == null ? List.of() : limits;
    }
}
