package dk.infohus.screening.policecheck.domain;

/** The two authorities whose coordinators decide together. */
public enum CoordinatorSide {
    /** Kommunal infohus-tovholder. */
    MUNICIPAL,
    /** Polititovholder. */
    POLICE
}
