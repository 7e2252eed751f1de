package dk.infohus.screening.policecheck.domain;

import dk.infohus.contracts.PersonalData;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Whether a concern is about a child (under 18), an adult, or that is not known (a group, no age given). */
public enum AgeGroup {
    CHILD,
    ADULT,
    UNKNOWN;

    private static final Pattern CPR = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})-?(\\d)\\d{3}");

    /** The age group on {@code day}: from the CPR number, else the birth date, else the age the reporter guessed. */
    public static AgeGroup of(SubjectKind kind, PersonalData subject, LocalDate day) {
        if (kind == SubjectKind.GROUP) {
            return UNKNOWN;
        }
        Optional<LocalDate> born =
                birthDateFromCpr(subject.cprNumber()).or(() -> Optional.ofNullable(subject.birthDate()));
        if (born.isPresent()) {
            return Period.between(born.get(), day).getYears() < 18 ? CHILD : ADULT;
        }
        Integer age = subject.age();
        if (age != null) {
            return age < 18 ? CHILD : ADULT;
        }
        return UNKNOWN;
    }

    /** The birth date a CPR number says, the century from its seventh digit (CPR-kontoret's table). */
    static Optional<LocalDate> birthDateFromCpr(@Nullable String cprNumber) {
        if (cprNumber == null) {
            return Optional.empty();
        }
        var matcher = CPR.matcher(cprNumber.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(matcher.group(1));
        int month = Integer.parseInt(matcher.group(2));
        int yy = Integer.parseInt(matcher.group(3));
        int seventh = Integer.parseInt(matcher.group(4));
        int century;
        if (seventh <= 3) {
            century = 1900;
        } else if (seventh == 4 || seventh == 9) {
            century = yy <= 36 ? 2000 : 1900;
        } else {
            century = yy <= 57 ? 2000 : 1800;
        }
        try {
            return Optional.of(LocalDate.of(century + yy, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
