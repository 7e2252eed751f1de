package dk.infohus.gateway.routing;

import java.util.List;

/**
 * The five services behind the front door and the API path prefixes each owns. This is the route table:
 * a path not listed here is not forwarded anywhere.
 */
public enum Backend {
    INTAKE("/api/concerns/**", "/api/receipts/**"),
    SCREENING("/api/police-checks/**"),
    ASSESSMENT("/api/infohus-cases/**", "/api/departments/**", "/api/assessment-dimensions/**"),
    REFERRAL("/api/referrals/**"),
    NOTIFICATION("/api/notifications/**", "/api/reminders/**");

    private final List<String> pathPatterns;

    Backend(String... pathPatterns) {
        this.pathPatterns = List.of(pathPatterns);
    }

    /** Path patterns ({@code /api/concerns/**} also matches {@code /api/concerns}) forwarded to this service. */
    public List<String> pathPatterns() {
        return pathPatterns;
    }

    /** The route id, also the key under {@code infohus.gateway.services}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
