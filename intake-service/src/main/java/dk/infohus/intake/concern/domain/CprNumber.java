package dk.infohus.intake.concern.domain;

import dk.infohus.platform.domain.InvalidInput;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A Danish CPR number, {@code DDMMYY-SSSS}. The date must exist, with the century read from the
 * seventh digit as CPR does. No modulus-11 check: numbers issued since 2007 need not pass it.
 */
public record CprNumber(String value) {

    private static final String FIELD = "subject.cprNumber";

    /** The code of a number that is not ten digits. */
    public static final String MALFORMED = "malformed";

    /** The code of a number whose first six digits are no date. */
    public static final String NO_SUCH_DATE = "no-such-date";

    public CprNumber {
        if (!value.matches("\\d{6}-\\d{4}")) {
            throw new InvalidInput(FIELD, MALFORMED, "must be DDMMYY-SSSS, e.g. 010110-1234");
        }
        birthDateOf(value);
    }

    /** Reads a CPR number with or without its dash. */
    public static CprNumber parse(String typed) {
        String digits = typed.strip().replace("-", "").replace(" ", "");
        if (!digits.matches("\\d{10}")) {
            throw new InvalidInput(FIELD, MALFORMED, "must be ten digits, DDMMYY-SSSS, e.g. 010110-1234");
        }
        return new CprNumber(digits.substring(0, 6) + "-" + digits.substring(6));
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    private static LocalDate birthDateOf(String value) {
        int day = Integer.parseInt(value.substring(0, 2));
        int month = Integer.parseInt(value.substring(2, 4));
        int yy = Integer.parseInt(value.substring(4, 6));
        int seventh = value.charAt(7) - '0';
        int century;
        if (seventh <= 3) {
            century = 1900;
        } else if (seventh == 4 || seventh == 9) {
            century = yy <= 36 ? 2000 : 1900;
        } else {
            century = yy <= 57 ? 2000 : 1800;
        }
        try {
            return LocalDate.of(century + yy, month, day);
        } catch (DateTimeException e) {
            throw new InvalidInput(FIELD, NO_SUCH_DATE, "holds a date that does not exist");
        }
    }

    @Override
    public String toString() {
        return "CprNumber[redacted]";
    }
}
