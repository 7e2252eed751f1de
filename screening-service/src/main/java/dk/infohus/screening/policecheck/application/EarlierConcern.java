package dk.infohus.screening.policecheck.application;

import dk.infohus.screening.policecheck.domain.NotPresentedReason;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An earlier concern about the same person or group, as both coordinators may see it: when it came, how
 * far it got, and, if the coordinators screened it out, when and why.
 *
 * @param state null when screening holds no check of it (received before screening kept checks)
 * @param reason why it was not presented; null unless it was screened out
 * @param explanation the coordinators' words on why; null unless it was screened out
 * @param decidedAt when the coordinators decided; null before
 */
public record EarlierConcern(
        UUID caseId,
        @Nullable Instant receivedAt,
        @Nullable PoliceCheckState state,
        @Nullable NotPresentedReason reason,
        @Nullable String explanation,
        @Nullable Instant decidedAt) {

    /** Whether the coordinators decided not to present it (closed as unfounded, or redirected). */
    public boolean screenedOut() {
        return state == PoliceCheckState.NOT_PRESENTED;
    }
}
