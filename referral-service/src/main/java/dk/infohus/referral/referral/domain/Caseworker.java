package dk.infohus.referral.referral.domain;

import dk.infohus.platform.domain.InvalidInput;

/**
 * The department caseworker who acts on a referral, as named in the request until sign-in arrives. A
 * member of staff's name is personal data too, so it never reaches a log line.
 */
public record Caseworker(String name) {

    /** As the events' schemas allow. */
    public static final int MAX_LENGTH = 100;

    private static final String FIELD = "caseworker";

    public Caseworker {
        if (name.isBlank()) {
            throw new InvalidInput(FIELD, "name the caseworker who acts on the referral");
        }
        if (name.length() > MAX_LENGTH) {
            throw new InvalidInput(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "Caseworker[redacted]";
    }
}
