package dk.infohus.intake.concern.domain;

/** What a reporter may learn about their concern: received, being handled or closed; never details. */
public enum ConcernStatus {
    RECEIVED,
    BEING_HANDLED,
    CLOSED
}
