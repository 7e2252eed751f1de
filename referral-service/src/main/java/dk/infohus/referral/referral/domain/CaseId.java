package dk.infohus.referral.referral.domain;

import java.util.UUID;

/** Identifies a case: intake's concern id, kept through every service. */
public record CaseId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
