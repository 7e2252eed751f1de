package dk.infohus.notification.followup.domain;

import java.util.UUID;

/** The case a referral belongs to: intake's concern id, kept through the whole flow. */
public record CaseId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
