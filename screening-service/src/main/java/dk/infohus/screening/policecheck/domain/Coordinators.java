package dk.infohus.screening.policecheck.domain;

import dk.infohus.platform.domain.InvalidInput;
import java.util.Locale;

/**
 * The two coordinators who decide together whether a concern goes to Infohus: the municipal Infohus
 * coordinator (kommunal infohus-tovholder) and the police coordinator (polititovholder). They come from
 * two authorities, so they are two different people. The one who records the decision is known by their
 * sign-in; they name the other.
 */
public record Coordinators(String municipal, String police) {

    /** The field the coordinator who records a decision names the other one in. */
    static final String OTHER = "otherCoordinator";

    public Coordinators {
        municipal = Actors.require("municipalCoordinator", municipal);
        police = Actors.require("policeCoordinator", police);
        if (municipal.toLowerCase(Locale.ROOT).equals(police.toLowerCase(Locale.ROOT))) {
            throw new InvalidInput(
                    "policeCoordinator", "the municipal and the police coordinator decide together: two people");
        }
    }

    /** The municipal coordinator records the decision, naming the police coordinator they took it with. */
    public static Coordinators municipalWith(String municipal, String police) {
        return new Coordinators(municipal, other(municipal, police));
    }

    /** The police coordinator records the decision, naming the municipal coordinator they took it with. */
    public static Coordinators policeWith(String police, String municipal) {
        return new Coordinators(other(police, municipal), police);
    }

    private static String other(String self, String other) {
        String named = Actors.require(OTHER, other);
        if (named.toLowerCase(Locale.ROOT).equals(self.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidInput(OTHER, "name the other coordinator: the two decide together, so two people");
        }
        return named;
    }

    @Override
    public String toString() {
        return "Coordinators[redacted]";
    }
}
