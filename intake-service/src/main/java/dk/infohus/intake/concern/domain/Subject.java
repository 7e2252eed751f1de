package dk.infohus.intake.concern.domain;

import dk.infohus.platform.domain.InvalidInput;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whom the concern is about: a person (name; CPR number, birth date or a guessed age if known; address if
 * known) or a group (name and a description).
 */
public record Subject(
        SubjectKind kind,
        String name,
        @Nullable CprNumber cprNumber,
        @Nullable LocalDate birthDate,
        @Nullable Integer age,
        @Nullable String address,
        @Nullable String description) {

    /** The oldest age anyone is taken to have. */
    public static final int OLDEST_AGE = 120;

    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_DESCRIPTION = 2_000;

    /** The code of a birth date that differs from the one in the CPR number. */
    public static final String DIFFERS_FROM_CPR = "differs-from-cpr";

    public Subject {
        if (name.isBlank()) {
            throw new InvalidInput("subject.name", "required", "name the person or the group");
        }
        OverLimit.text("subject.name", name, MAX_NAME);
        OverLimit.text("subject.address", address, MAX_ADDRESS);
        OverLimit.text("subject.description", description, MAX_DESCRIPTION);
        if (kind == SubjectKind.GROUP && (cprNumber != null || birthDate != null || age != null)) {
            throw new InvalidInput("subject.kind", "group-with-birth", "a group has no CPR number, birth date or age");
        }
        if (cprNumber != null && birthDate != null && !cprNumber.birthDate().equals(birthDate)) {
            throw new InvalidInput("subject.birthDate", DIFFERS_FROM_CPR, "differs from the date in the CPR number");
        }
        if (age != null && (age < 0 || age > OLDEST_AGE)) {
            throw new InvalidInput("subject.age", "out-of-range", "must be between 0 and " + OLDEST_AGE);
        }
    }

    /** A person known by name and, if given, CPR number or birth date and address. */
    public static Subject person(
            String name, @Nullable CprNumber cprNumber, @Nullable LocalDate birthDate, @Nullable String address) {
        return new Subject(SubjectKind.PERSON, name, cprNumber, birthDate, null, address, null);
    }

    /** A group, by name and description. */
    public static Subject group(String name, @Nullable String description) {
        return new Subject(SubjectKind.GROUP, name, null, null, null, null, description);
    }

    /** The birth date, from the CPR number when one is given. */
    public @Nullable LocalDate knownBirthDate() {
        return cprNumber != null ? cprNumber.birthDate() : birthDate;
    }

    @Override
    public String toString() {
        return "Subject[" + kind + ", redacted]";
    }
}
