package dk.infohus.screening.policecheck.domain;

/** What moves a police check along. */
public enum PoliceCheckAction {
    /** The police coordinator found no criminal or acute matter and nothing that prevents Infohus handling. */
    CLEAR,
    /** The police keep the concern to themselves. */
    TAKE_OVER,
    /** The two coordinators present the concern to Infohus. */
    PRESENT,
    /** The two coordinators decide not to present it. */
    DECLINE
}
