package dk.infohus.screening.policecheck.domain;

/** Why the coordinators did not present a concern to Infohus. */
public enum NotPresentedReason {
    /** Nothing to it: the concern is closed. */
    UNFOUNDED,
    /**
     * Sent where it belongs instead, e.g. as a child-welfare notification (underretning) to children's
     * services, which has its own legal duty; the receiving unit is named.
     */
    REDIRECTED
}
