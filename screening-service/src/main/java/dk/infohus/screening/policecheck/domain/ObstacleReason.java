package dk.infohus.screening.policecheck.domain;

/** Why a concern cannot be handled in Infohus now. */
public enum ObstacleReason {
    /** Handling it in Infohus could harm a police investigation. */
    ONGOING_INVESTIGATION,
    /** A criminal case against the person is pending. */
    PENDING_CRIMINAL_CASE,
    /** The person cannot be reached now (abroad, in hospital). */
    PERSON_UNREACHABLE,
    /** The police wait for information from another authority. */
    AWAITING_INFORMATION,
    OTHER
}
