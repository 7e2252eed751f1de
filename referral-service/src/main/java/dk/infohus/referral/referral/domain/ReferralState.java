package dk.infohus.referral.referral.domain;

/** How far a department has come with a referral. */
public enum ReferralState {
    /** Sent to the department; nobody there has confirmed it yet. */
    ISSUED,
    /** A caseworker of the department confirmed it was received. */
    ACKNOWLEDGED,
    /** The department reported back; what it decided stays with the department. */
    CLOSED
}
