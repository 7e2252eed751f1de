package dk.infohus.screening.policecheck.domain;

import java.util.UUID;

/** Identifies a police check; it is the case id, intake's concern id, that follows the concern everywhere. */
public record PoliceCheckId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
