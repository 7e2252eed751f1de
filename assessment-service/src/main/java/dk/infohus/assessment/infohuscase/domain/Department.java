package dk.infohus.assessment.infohuscase.domain;

/**
 * A department of the municipality that Infohus may recommend informing, e.g. Børn og Forebyggelse. The
 * departments are set per municipality in configuration.
 *
 * @param code stable kebab-case code, e.g. {@code boern-og-forebyggelse}; travels in events
 * @param name the name coordinators know it by
 */
public record Department(String code, String name) {

    public Department {
        if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*") || code.length() > 60) {
            throw new IllegalArgumentException("department code must be kebab-case of at most 60 characters: " + code);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("department " + code + " has no name");
        }
    }
}
