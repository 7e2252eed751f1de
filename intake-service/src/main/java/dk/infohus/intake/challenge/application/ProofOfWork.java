package dk.infohus.intake.challenge.application;

import dk.infohus.intake.challenge.domain.Challenge;
import dk.infohus.intake.challenge.domain.Refusal;
import dk.infohus.intake.challenge.domain.Solution;
import dk.infohus.platform.domain.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.altcha.altcha.Altcha;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues ALTCHA proof-of-work challenges (protocol v1, SHA-256) and verifies the solutions sent with the
 * public concern form: each solution once, before its challenge expires. Hashing and signing are done by
 * the ALTCHA library; this class adds the expiry by the injected clock and the replay protection.
 */
public class ProofOfWork {

    /** The field a refusal names, as the form's hidden input is called. */
    public static final String FIELD = "altcha";

    static final String ALGORITHM = "SHA-256";

    /** Far more than a real payload (about 300 characters); longer input is not even decoded. */
    private static final int MAX_PAYLOAD_LENGTH = 2_000;

    private static final Logger log = LoggerFactory.getLogger(ProofOfWork.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UsedChallenges used;
    private final Clock clock;
    private final long maxNumber;
    private final Duration expiresIn;
    private final String hmacKey;

    /**
     * @param maxNumber the largest number a challenge hides: the work a browser does, on average half of it
     * @param expiresIn how long a challenge may be solved and sent
     * @param hmacKey the key that signs challenges; blank for a random one, which a restart forgets
     */
    public ProofOfWork(UsedChallenges used, Clock clock, long maxNumber, Duration expiresIn, String hmacKey) {
        if (maxNumber < 1 || maxNumber > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxNumber must be between 1 and " + Integer.MAX_VALUE);
        }
        if (expiresIn.isNegative() || expiresIn.isZero()) {
            throw new IllegalArgumentException("expiresIn must be positive");
        }
        this.used = used;
        this.clock = clock;
        this.maxNumber = maxNumber;
        this.expiresIn = expiresIn;
        if (hmacKey.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            this.hmacKey = HexFormat.of().formatHex(random);
            log.info("No HMAC key for proof-of-work challenges is configured (infohus.intake.challenge.hmac-key):"
                    + " using a random one, so challenges issued before a restart are not accepted after it");
        } else {
            this.hmacKey = hmacKey;
        }
    }

    /** A new challenge, valid for {@code expiresIn} from now. */
    public Challenge issue() {
        Instant expires = clock.instant().plus(expiresIn);
        try {
            Altcha.Challenge challenge = Altcha.createChallenge(new Altcha.ChallengeOptions()
                    .setAlgorithm(Altcha.Algorithm.SHA256)
                    .setMaxNumber(maxNumber)
                    .setSecureRandomNumber(true)
                    .setHmacKey(hmacKey)
                    .setExpires(expires.getEpochSecond()));
            return new Challenge(
                    challenge.algorithm, challenge.challenge, challenge.maxnumber, challenge.salt, challenge.signature);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a proof-of-work challenge", e);
        }
    }

    /**
     * Accepts a solution once: the widget's payload (Base64 of its JSON) must solve a challenge issued
     * here that has not expired and has not been used before.
     *
     * @throws InvalidInput naming the field {@code altcha} otherwise, its code the {@link Refusal}'s
     */
    public void verify(@Nullable String payload) {
        verify(payload, "once:" + HexFormat.of().formatHex(randomBytes()));
    }

    /**
     * Accepts a solution for one submission: as {@link #verify(String)}, except that a solution used for
     * the same submission before (the same form sent twice by a double click) is accepted again.
     *
     * @param submission what the solution is shown for, such as the submission's idempotency key as intake
     *     stores it; kept only as a digest
     */
    public void verify(@Nullable String payload, String submission) {
        if (payload == null || payload.isBlank()) {
            throw refused(Refusal.MISSING);
        }
        Solution solution = decode(payload.strip());
        Instant expiresAt = expiryOf(solution.salt());
        if (!signedHere(solution)) {
            throw refused(solvesItsChallenge(solution) ? Refusal.NOT_ISSUED_HERE : Refusal.NOT_SOLVED);
        }
        if (!clock.instant().isBefore(expiresAt)) {
            throw refused(Refusal.EXPIRED);
        }
        if (!used.useFor(solution.signature(), expiresAt, digest(submission))) {
            throw refused(Refusal.ALREADY_USED);
        }
    }

    /** Forgets used challenges that have expired: a solution for them is refused as expired anyway. */
    public long forgetExpired() {
        return used.forgetExpiredBefore(clock.instant());
    }

    private static Solution decode(String payload) {
        if (payload.length() > MAX_PAYLOAD_LENGTH) {
            throw refused(Refusal.MALFORMED);
        }
        JsonNode json;
        try {
            json = JSON.readTree(new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | JacksonException e) {
            throw refused(Refusal.MALFORMED);
        }
        if (json == null || !json.isObject() || !json.path("number").isIntegralNumber()) {
            throw refused(Refusal.MALFORMED);
        }
        String algorithm = text(json, "algorithm");
        if (!ALGORITHM.equals(algorithm) || !json.path("number").canConvertToLong()) {
            throw refused(Refusal.MALFORMED);
        }
        long number = json.path("number").asLong();
        if (number < 0) {
            throw refused(Refusal.MALFORMED);
        }
        return new Solution(algorithm, text(json, "challenge"), number, text(json, "salt"), text(json, "signature"));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            throw refused(Refusal.MALFORMED);
        }
        return value.asString();
    }

    /** The expiry the salt carries ({@code <random>?expires=<epoch seconds>&}); every challenge issued here has one. */
    private static Instant expiryOf(String salt) {
        try {
            Map<String, String> params = Altcha.extractParams(salt);
            String expires = params.get("expires");
            if (expires == null) {
                throw refused(Refusal.MALFORMED);
            }
            return Instant.ofEpochSecond(Long.parseLong(expires));
        } catch (InvalidInput e) {
            throw e;
        } catch (Exception e) {
            // not a number, out of range, or a bad %-escape in the salt
            throw refused(Refusal.MALFORMED);
        }
    }

    private boolean signedHere(Solution solution) {
        Altcha.Payload payload = new Altcha.Payload();
        payload.algorithm = solution.algorithm();
        payload.challenge = solution.challenge();
        payload.number = solution.number();
        payload.salt = solution.salt();
        payload.signature = solution.signature();
        try {
            // expiry is checked against the injected clock above, not the library's system time
            return Altcha.verifySolution(payload, hmacKey, false);
        } catch (Exception e) {
            throw refused(Refusal.MALFORMED);
        }
    }

    private static boolean solvesItsChallenge(Solution solution) {
        try {
            return Altcha.hashHex(Altcha.Algorithm.SHA256, solution.salt() + solution.number())
                    .equals(solution.challenge());
        } catch (Exception e) {
            return false;
        }
    }

    private static InvalidInput refused(Refusal refusal) {
        return new InvalidInput(FIELD, refusal.code(), refusal.message());
    }

    private static byte[] randomBytes() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return random;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
