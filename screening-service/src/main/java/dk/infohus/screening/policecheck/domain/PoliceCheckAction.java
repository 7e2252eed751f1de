package dk.infohus.screening.policecheck.domain;

/** What moves a police check along, or adds to it. */
public enum PoliceCheckAction {
    /** The police coordinator writes a police note; only the police read it. */
    ADD_NOTE,
    /** The police coordinator found no criminal or acute matter and nothing that prevents Infohus handling. */
    CLEAR,
    /** The police keep the concern to themselves. */
    TAKE_OVER,
    /** Something prevents Infohus handling now: a reason and a day to look again. */
    RECORD_OBSTACLE,
    /** The day to look again came: back to the queue. */
    LOOK_AGAIN,
    /** The municipal coordinator's assessment, within 24 hours, of whether a child needs acute measures. */
    ASSESS_CHILD,
    /** One coordinator records their view before the decision. */
    RECORD_VIEW,
    /** The two coordinators present the concern to Infohus. */
    PRESENT,
    /** The two coordinators decide not to present it. */
    DECLINE
}
