package dk.infohus.screening.policecheck.domain;

import dk.infohus.platform.domain.InvalidInput;
import java.util.Locale;

/**
 * The two coordinators who decide together whether a concern goes to Infohus: the municipal Infohus
 * coordinator (kommunal infohus-tovholder) and the police coordinator (polititovholder). They come from
 * two authorities, so they are two different people.
 */
public record Coordinators(String municipal, String police) {

    public Coordinators {
        municipal = Actors.require("municipalCoordinator", municipal);
        police = Actors.require("policeCoordinator", police);
        if (municipal.toLowerCase(Locale.ROOT).equals(police.toLowerCase(Locale.ROOT))) {
            throw new InvalidInput(
                    "policeCoordinator", "the municipal and the police coordinator decide together: two people");
        }
    }

    @Override
    public String toString() {
        return "Coordinators[redacted]";
    }
}
