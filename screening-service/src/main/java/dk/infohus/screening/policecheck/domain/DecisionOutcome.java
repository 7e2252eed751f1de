package dk.infohus.screening.policecheck.domain;

/** What the two coordinators decided about a cleared concern. */
public enum DecisionOutcome {
    /** Infohus shall analyse and assess the concern. */
    PRESENT,
    /** Infohus does not handle it: see {@link NotPresentedReason}. */
    NOT_PRESENTED
}
