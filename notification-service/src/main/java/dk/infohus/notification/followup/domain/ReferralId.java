package dk.infohus.notification.followup.domain;

import java.util.UUID;

/** Identifies a referral, as the referral service issued it; also the id of its follow-up here. */
public record ReferralId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
