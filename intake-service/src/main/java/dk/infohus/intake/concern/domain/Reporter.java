package dk.infohus.intake.concern.domain;

import dk.infohus.platform.domain.InvalidInput;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who reported the concern. A professional's report is never anonymous: staff and partners give their
 * name and organisation.
 */
public record Reporter(
        ReporterKind kind,
        @Nullable String name,
        @Nullable String organisation,
        @Nullable String email,
        @Nullable String phone) {

    public static final int MAX_NAME = 200;
    public static final int MAX_ORGANISATION = 200;
    public static final int MAX_EMAIL = 200;

    /** The code of an email address or phone number that is not one. */
    public static final String MALFORMED = "malformed";

    /** Something, an {@code @}, something with a dot or not: a reply goes to what the reporter typed. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    /** 8 to 20 digits and spaces, perhaps after a {@code +}. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]{8,20}");

    public Reporter {
        requireContactDetails(name, organisation, email, phone);
        if (kind.mustGiveName() && isBlank(name)) {
            throw new InvalidInput(
                    "reporter.name",
                    "anonymous-professional",
                    "a professional's report is not anonymous: give your name");
        }
        if (kind.mustGiveName() && isBlank(organisation)) {
            throw new InvalidInput(
                    "reporter.organisation", "required", "a professional's report names the organisation");
        }
    }

    /**
     * The limits and shapes of what a reporter tells about themselves, whoever they are; checked before
     * the caller's own name and organisation are known.
     *
     * @throws InvalidInput naming {@code reporter.name}, {@code .organisation}, {@code .email} or {@code .phone}
     */
    public static void requireContactDetails(
            @Nullable String name, @Nullable String organisation, @Nullable String email, @Nullable String phone) {
        OverLimit.text("reporter.name", name, MAX_NAME);
        OverLimit.text("reporter.organisation", organisation, MAX_ORGANISATION);
        OverLimit.text("reporter.email", email, MAX_EMAIL);
        if (!isBlank(email) && !EMAIL.matcher(email).matches()) {
            throw new InvalidInput("reporter.email", MALFORMED, "must be an email address, e.g. name@example.com");
        }
        if (!isBlank(phone) && !PHONE.matcher(phone).matches()) {
            throw new InvalidInput("reporter.phone", MALFORMED, "must be a phone number");
        }
    }

    public boolean anonymous() {
        return isBlank(name);
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    @Override
    public String toString() {
        return "Reporter[" + kind + ", redacted]";
    }
}
