package dk.infohus.intake.challenge.domain;

/** Why a proof of work is not accepted; each is a 400 naming the field {@code altcha}. */
public enum Refusal {
    MISSING("is missing: let the page check that you are not a robot, then send again"),
    MALFORMED("cannot be read"),
    NOT_SOLVED("does not solve its challenge"),
    NOT_ISSUED_HERE("was not issued by this service, or the service has restarted since: solve a new challenge"),
    EXPIRED("has expired: solve a new challenge"),
    ALREADY_USED("has been used already: solve a new challenge");

    private final String message;

    Refusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    /** The stable code a refusal carries, for pages to translate: the name in lower case. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
