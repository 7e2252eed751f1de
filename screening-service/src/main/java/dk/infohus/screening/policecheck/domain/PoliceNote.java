package dk.infohus.screening.policecheck.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the police found, in the police's words. Police data (lov nr. 410 af 27/04/2017): read by police
 * roles only, never by the municipal coordinator, and never published on any topic.
 */
public record PoliceNote(
        PoliceNoteKind kind,
        String text,
        Officer by,
        Instant at,
        @Nullable UUID submission) {

    /** A note written without a form's submission id (over the API). */
    public PoliceNote(PoliceNoteKind kind, String text, Officer by, Instant at) {
        this(kind, text, by, at, null);
    }

    @Override
    public String toString() {
        return "PoliceNote[" + kind + ", redacted]";
    }
}
