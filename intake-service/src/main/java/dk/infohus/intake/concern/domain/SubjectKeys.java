package dk.infohus.intake.concern.domain;

import java.util.List;

/**
 * The blind index of whom a concern is about: keyed hashes of the CPR number, of name and birth date, or
 * of a group's name, each within one municipality. Two concerns about the same person share a key; the
 * keys reveal nothing without the secret they were made with, so the store holds no searchable CPR
 * numbers.
 */
public record SubjectKeys(List<String> values) {

    public SubjectKeys {
        values = List.copyOf(values);
    }

    public static SubjectKeys none() {
        return new SubjectKeys(List.of());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
