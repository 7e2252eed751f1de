package dk.infohus.intake.challenge.application;

import static dk.infohus.intake.challenge.application.Solutions.base64;
import static dk.infohus.intake.challenge.application.Solutions.payload;
import static dk.infohus.intake.challenge.application.Solutions.solve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.intake.challenge.domain.Challenge;
import dk.infohus.intake.challenge.domain.Refusal;
import dk.infohus.platform.domain.InvalidInput;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProofOfWorkTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration EXPIRES_IN = Duration.ofMinutes(20);
    /** Small, so that brute force in the tests is instant; the service's default is 50 000. */
    private static final long MAX_NUMBER = 2_000;

    private final MovableClock clock = new MovableClock(START);
    private final InMemoryUsedChallenges used = new InMemoryUsedChallenges();
    private final ProofOfWork proofOfWork = new ProofOfWork(used, clock, MAX_NUMBER, EXPIRES_IN, "a-test-key");

    @Test
    void aChallengeIsSha256WithTheConfiguredWorkAndExpiresAfterTwentyMinutes() {
        Challenge challenge = proofOfWork.issue();

        assertThat(challenge.algorithm()).isEqualTo("SHA-256");
        assertThat(challenge.maxNumber()).isEqualTo(MAX_NUMBER);
        assertThat(challenge.challenge()).matches("[0-9a-f]{64}");
        assertThat(challenge.signature()).matches("[0-9a-f]{64}");
        assertThat(challenge.salt())
                .contains("?expires=" + START.plus(EXPIRES_IN).getEpochSecond());
        assertThat(proofOfWork.issue().salt()).as("a fresh salt each time").isNotEqualTo(challenge.salt());
    }

    @Test
    void aSolvedChallengeIsAcceptedOnce() {
        String solved = payload(proofOfWork.issue());

        assertThatCode(() -> proofOfWork.verify(solved)).doesNotThrowAnyException();

        assertRefused(solved, Refusal.ALREADY_USED);
        assertThat(used.signatures).hasSize(1);
    }

    @Test
    void aSolutionShownForOneSubmissionIsAcceptedAgainForItAndNoOther() {
        String solved = payload(proofOfWork.issue());

        proofOfWork.verify(solved, "submission-a");

        assertThatCode(() -> proofOfWork.verify(solved, "submission-a"))
                .as("the same form sent twice, by a double click")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> proofOfWork.verify(solved, "submission-b"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.code()).isEqualTo(Refusal.ALREADY_USED.code()));
        assertRefused(solved, Refusal.ALREADY_USED);
    }

    @Test
    void aWrongNumberIsRefused() {
        Challenge challenge = proofOfWork.issue();
        long number = solve(challenge);

        assertRefused(payload(challenge, number + 1), Refusal.NOT_SOLVED);
        assertThat(used.signatures).isEmpty();
        // refusing a wrong guess does not burn the challenge
        assertThatCode(() -> proofOfWork.verify(payload(challenge, number))).doesNotThrowAnyException();
    }

    @Test
    void aTamperedSignatureIsRefused() {
        Challenge challenge = proofOfWork.issue();
        String forged =
                challenge.signature().substring(0, 63) + (challenge.signature().endsWith("0") ? "1" : "0");

        assertRefused(
                payload("SHA-256", challenge.challenge(), solve(challenge), challenge.salt(), forged),
                Refusal.NOT_ISSUED_HERE);
    }

    @Test
    void aChallengeWithALaterExpiryWrittenIntoItsSaltIsRefused() {
        Challenge challenge = proofOfWork.issue();
        long number = solve(challenge);
        String stretched = challenge
                .salt()
                .replaceFirst(
                        "expires=\\d+",
                        "expires=" + START.plus(Duration.ofDays(365)).getEpochSecond());

        assertRefused(
                payload("SHA-256", challenge.challenge(), number, stretched, challenge.signature()),
                Refusal.NOT_SOLVED);
    }

    @Test
    void aChallengeIssuedWithAnotherKeyIsRefused() {
        var elsewhere = new ProofOfWork(used, clock, MAX_NUMBER, EXPIRES_IN, "another-key");

        assertRefused(payload(elsewhere.issue()), Refusal.NOT_ISSUED_HERE);
    }

    @Test
    void withoutAConfiguredKeyEachInstanceSignsWithARandomOneThatARestartForgets() {
        var beforeRestart = new ProofOfWork(used, clock, MAX_NUMBER, EXPIRES_IN, " ");
        var afterRestart = new ProofOfWork(used, clock, MAX_NUMBER, EXPIRES_IN, "");
        Challenge challenge = beforeRestart.issue();

        assertThatThrownBy(() -> afterRestart.verify(payload(challenge)))
                .isInstanceOf(InvalidInput.class)
                .hasMessage(Refusal.NOT_ISSUED_HERE.message());
        assertThatCode(() -> beforeRestart.verify(payload(challenge))).doesNotThrowAnyException();
    }

    @Test
    void aChallengeIsAcceptedUntilItExpiresAndRefusedFromThen() {
        Challenge early = proofOfWork.issue();
        Challenge late = proofOfWork.issue();
        String earlyPayload = payload(early);
        String latePayload = payload(late);

        clock.moveTo(START.plus(EXPIRES_IN).minusSeconds(1));
        assertThatCode(() -> proofOfWork.verify(earlyPayload)).doesNotThrowAnyException();

        clock.moveTo(START.plus(EXPIRES_IN));
        assertRefused(latePayload, Refusal.EXPIRED);
        assertThat(used.signatures).containsOnlyKeys(early.signature());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n"})
    void aMissingSolutionIsRefused(@Nullable String payload) {
        assertRefused(payload, Refusal.MISSING);
    }

    static Stream<Arguments> unreadable() {
        Challenge challenge = new ProofOfWork(
                        new InMemoryUsedChallenges(), Clock.fixed(START, ZoneOffset.UTC), MAX_NUMBER, EXPIRES_IN, "k")
                .issue();
        String c = challenge.challenge();
        String salt = challenge.salt();
        String sig = challenge.signature();
        return Stream.of(
                Arguments.of("not Base64", "%%%not base64!!!"),
                Arguments.of("Base64 of no JSON", base64("hello robot")),
                Arguments.of("a JSON list", base64("[1,2,3]")),
                Arguments.of("JSON null", base64("null")),
                Arguments.of(
                        "no number",
                        base64("{\"algorithm\":\"SHA-256\",\"challenge\":\"" + c + "\",\"salt\":\"" + salt
                                + "\",\"signature\":\"" + sig + "\"}")),
                Arguments.of(
                        "the number as text",
                        base64("{\"algorithm\":\"SHA-256\",\"challenge\":\"" + c + "\",\"number\":\"12\",\"salt\":\""
                                + salt + "\",\"signature\":\"" + sig + "\"}")),
                Arguments.of(
                        "a number too large",
                        base64("{\"algorithm\":\"SHA-256\",\"challenge\":\"" + c
                                + "\",\"number\":123456789012345678901234567890,\"salt\":\"" + salt
                                + "\",\"signature\":\"" + sig + "\"}")),
                Arguments.of("a negative number", payload("SHA-256", c, -1, salt, sig)),
                Arguments.of("no signature", payload("SHA-256", c, 1, salt, "")),
                Arguments.of("another algorithm", payload("SHA-1", c, 1, salt, sig)),
                Arguments.of("a salt without expiry", payload("SHA-256", c, 1, "0123456789abcdef", sig)),
                Arguments.of("a salt with a bad escape", payload("SHA-256", c, 1, "ab?expires=%zz&", sig)),
                Arguments.of(
                        "an expiry beyond time", payload("SHA-256", c, 1, "ab?expires=99999999999999999999&", sig)),
                Arguments.of("far too long", "A".repeat(10_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void anUnreadableSolutionIsRefused(String what, String payload) {
        assertRefused(payload, Refusal.MALFORMED);
        assertThat(used.signatures).isEmpty();
    }

    @Test
    void expiredUsedChallengesAreForgottenByTheClock() {
        Challenge first = proofOfWork.issue();
        proofOfWork.verify(payload(first));
        clock.moveTo(START.plus(Duration.ofMinutes(10)));
        Challenge second = proofOfWork.issue();
        proofOfWork.verify(payload(second));

        clock.moveTo(START.plus(EXPIRES_IN).plusSeconds(1));
        assertThat(proofOfWork.forgetExpired()).isEqualTo(1);

        assertThat(used.signatures).containsOnlyKeys(second.signature());
    }

    private void assertRefused(@Nullable String payload, Refusal refusal) {
        assertThatThrownBy(() -> proofOfWork.verify(payload)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo("altcha");
            assertThat(e.getMessage()).isEqualTo(refusal.message());
            assertThat(e.code()).isEqualTo(refusal.code());
        });
    }

    static final class InMemoryUsedChallenges implements UsedChallenges {
        final Map<String, Instant> signatures = new ConcurrentHashMap<>();
        final Map<String, String> usedFor = new ConcurrentHashMap<>();

        @Override
        public boolean useFor(String signature, Instant expiresAt, String submission) {
            return usedFor.computeIfAbsent(signature, key -> {
                        signatures.put(key, expiresAt);
                        return submission;
                    })
                    .equals(submission);
        }

        @Override
        public long forgetExpiredBefore(Instant now) {
            long before = signatures.size();
            signatures.entrySet().removeIf(entry -> {
                boolean expired = entry.getValue().isBefore(now);
                if (expired) {
                    usedFor.remove(entry.getKey());
                }
                return expired;
            });
            return before - signatures.size();
        }
    }

    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void moveTo(Instant instant) {
            now = instant;
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
