package dk.infohus.referral.referral.domain;

/** What a department reports back when it closes a referral; the measures themselves stay with it. */
public enum Outcome {
    /** The department decided on measures under its own law and started them. */
    MEASURES_STARTED,
    /** The department assessed the case and decided on no measures. */
    NO_MEASURES
}
