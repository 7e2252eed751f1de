package dk.infohus.screening.policecheck.domain;

/** How far the screening of a concern has come. */
public enum PoliceCheckState {
    /** Waiting for the police coordinator. */
    OPEN,
    /** Something prevents Infohus handling now; back to {@link #OPEN} on the day to look again. */
    OBSTRUCTED,
    /** The police found nothing that keeps the concern from Infohus; the coordinators decide next. */
    CLEARED,
    /** Criminal or acute: the police handle it alone. Final. */
    TAKEN_OVER_BY_POLICE,
    /** The coordinators presented it to Infohus. Final. */
    PRESENTED_TO_INFOHUS,
    /** The coordinators closed it as unfounded or redirected it. Final. */
    NOT_PRESENTED
}
