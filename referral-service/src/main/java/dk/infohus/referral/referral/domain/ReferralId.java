package dk.infohus.referral.referral.domain;

import java.util.UUID;

/** Identifies one referral of a case to one department. */
public record ReferralId(UUID value) {

    public static ReferralId newId() {
        return new ReferralId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
