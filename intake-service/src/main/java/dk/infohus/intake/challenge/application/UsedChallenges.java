package dk.infohus.intake.challenge.application;

import java.time.Instant;

/** The challenges whose solutions were accepted, kept until they expire, so that none is accepted twice. */
public interface UsedChallenges {

    /**
     * Records the first use of the challenge with this signature, atomically: of two concurrent calls
     * with one signature, exactly one returns true.
     *
     * @return false when it was used before
     */
    boolean firstUse(String signature, Instant expiresAt);

    /** Forgets the challenges that expired before {@code now}; they are refused as expired anyway. */
    long forgetExpiredBefore(Instant now);
}
