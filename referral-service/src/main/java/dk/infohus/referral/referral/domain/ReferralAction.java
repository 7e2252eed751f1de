package dk.infohus.referral.referral.domain;

/** What a department's caseworker does with a referral. */
public enum ReferralAction {
    /** Confirms the referral was received. */
    ACKNOWLEDGE,
    /** Reports back and closes the referral. */
    CLOSE
}
