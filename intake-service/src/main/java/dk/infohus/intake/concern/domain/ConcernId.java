package dk.infohus.intake.concern.domain;

import java.util.UUID;

/** Identifies a concern; it is also the case id that follows the concern through every service. */
public record ConcernId(UUID value) {

    public static ConcernId newId() {
        return new ConcernId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
