package dk.infohus.intake.challenge.application;

import java.time.Instant;

/** The challenges whose solutions were accepted, kept until they expire, so that none is accepted twice. */
public interface UsedChallenges {

    /**
     * Records the use of the challenge with this signature for one submission, atomically: of two
     * concurrent calls with one signature for different submissions, exactly one returns true.
     *
     * @param usedFor what the solution is shown for (a digest of the submission's key): the same submission
     *     sent again, a double click, may show it again
     * @return false when it was used before for something else
     */
    boolean useFor(String signature, Instant expiresAt, String usedFor);

    /** Forgets the challenges that expired before {@code now}; they are refused as expired anyway. */
    long forgetExpiredBefore(Instant now);
}
