package dk.infohus.intake.concern.domain;

import dk.infohus.platform.domain.InvalidInput;
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

    public Reporter {
        if (kind.mustGiveName() && isBlank(name)) {
            throw new InvalidInput("reporter.name", "a professional's report is not anonymous: give your name");
        }
        if (kind.mustGiveName() && isBlank(organisation)) {
            throw new InvalidInput("reporter.organisation", "a professional's report names the organisation");
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
