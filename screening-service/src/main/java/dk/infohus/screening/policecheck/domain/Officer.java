package dk.infohus.screening.policecheck.domain;

/** The police coordinator (polititovholder) who acts on a police check, by their user id from sign-in. */
public record Officer(String name) {

    public Officer {
        name = Actors.require("officer", name);
    }

    @Override
    public String toString() {
        return "Officer[redacted]";
    }
}
