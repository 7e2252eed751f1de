package dk.infohus.referral.referral.domain;

import dk.infohus.platform.domain.InvalidInput;

/**
 * The department caseworker who acts on a referral: the signed-in user, by the user id (subject) of their
 * access token, never a name typed into a request. Kept out of log lines all the same, since an identity
 * provider may use something personal as the subject.
 */
public record Caseworker(String userId) {

    /** As the events' schemas allow. */
    public static final int MAX_LENGTH = 100;

    private static final String FIELD = "caseworker";

    public Caseworker {
        if (userId.isBlank()) {
            throw new InvalidInput(FIELD, "the caseworker who acts on the referral must be signed in");
        }
        if (userId.length() > MAX_LENGTH) {
            throw new InvalidInput(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "Caseworker[redacted]";
    }
}
