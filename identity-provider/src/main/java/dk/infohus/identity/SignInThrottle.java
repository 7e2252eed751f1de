package dk.infohus.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;

/**
 * How many failed sign-ins a user name and a client address may have: each has a bucket of failures that
 * refills over the window; while a bucket is empty, sign-in is refused for that name (even with the right
 * password, so that guessing on stops paying) or from that address (credential stuffing across many names).
 * Names are counted as typed, known or not, so the refusal tells nothing about which names exist. The buckets
 * live in a bounded cache and are forgotten a window after their last failure.
 */
final class SignInThrottle {

    private final IdentityProperties.SignInLimits limits;
    private final Cache<String, Bucket> byName;
    private final Cache<String, Bucket> byAddress;

    SignInThrottle(IdentityProperties.SignInLimits limits) {
        this.limits = limits;
        this.byName = cache(limits.window());
        this.byAddress = cache(limits.window());
    }

    /** Whether a sign-in with this name from this address is refused now, before its password is checked. */
    boolean refuses(String username, String address) {
        return empty(byName.getIfPresent(key(username))) || empty(byAddress.getIfPresent(address));
    }

    /** A sign-in with this name from this address failed. */
    void failed(String username, String address) {
        byName.get(key(username), name -> bucket(limits.failuresPerName())).tryConsume(1);
        byAddress.get(address, ip -> bucket(limits.failuresPerAddress())).tryConsume(1);
    }

    private Bucket bucket(int failures) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(failures)
                        .refillGreedy(failures, limits.window())
                        .build())
                .build();
    }

    private static boolean empty(Bucket bucket) {
        return bucket != null && bucket.getAvailableTokens() < 1;
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static Cache<String, Bucket> cache(Duration window) {
        return Caffeine.newBuilder()
                .expireAfterAccess(window)
                .maximumSize(100_000)
                .build();
    }
}
