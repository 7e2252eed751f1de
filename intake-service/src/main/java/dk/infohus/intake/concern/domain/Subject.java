package dk.infohus.intake.concern.domain;

import dk.infohus.contracts.PersonalData;
import dk.infohus.platform.domain.InvalidInput;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Whom the concern is about: a person (name, CPR number or birth date if known, address) or a group. */
public record Subject(
        SubjectKind kind,
        String name,
        @Nullable CprNumber cprNumber,
        @Nullable LocalDate birthDate,
        @Nullable String address) {

    public Subject {
        if (kind == SubjectKind.GROUP && (cprNumber != null || birthDate != null)) {
            throw new InvalidInput("subject.kind", "a group has no CPR number or birth date");
        }
        if (cprNumber != null && birthDate != null && !cprNumber.birthDate().equals(birthDate)) {
            throw new InvalidInput("subject.birthDate", "differs from the date in the CPR number");
        }
    }

    /** The birth date, from the CPR number when one is given. */
    public @Nullable LocalDate knownBirthDate() {
        return cprNumber != null ? cprNumber.birthDate() : birthDate;
    }

    /** The subject and the reporter's account, in the one type that carries personal data between services. */
    PersonalData asPersonalData(String account) {
        return new PersonalData(name, cprNumber == null ? null : cprNumber.value(), knownBirthDate(), address, account);
    }

    @Override
    public String toString() {
        return "Subject[" + kind + ", redacted]";
    }
}
