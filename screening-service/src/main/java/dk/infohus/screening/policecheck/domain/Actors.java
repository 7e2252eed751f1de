package dk.infohus.screening.policecheck.domain;

import dk.infohus.platform.domain.InvalidInput;

/** The rule every actor's name follows: given, and at most {@value #MAX_LENGTH} characters. */
final class Actors {

    static final int MAX_LENGTH = 100;

    private Actors() {}

    static String require(String field, String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInput(field, "must not be blank");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidInput(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return trimmed;
    }
}
