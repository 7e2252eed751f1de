package dk.infohus.screening.policecheck.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One coordinator's view of a cleared concern before the two decide.
 *
 * @param coordinator their user id
 * @param present whether they think it should be presented to Infohus
 */
public record CoordinatorView(
        CoordinatorSide side,
        String coordinator,
        boolean present,
        @Nullable String note,
        Instant at) {

    @Override
    public String toString() {
        return "CoordinatorView[" + side + ", present=" + present + ", redacted]";
    }
}
