package dk.infohus.intake.concern.domain;

/** What moves a concern along, as intake sees it. */
public enum ConcernAction {
    /** Police screening began. */
    START_HANDLING,
    /** The coordinators closed or redirected it. */
    CLOSE
}
