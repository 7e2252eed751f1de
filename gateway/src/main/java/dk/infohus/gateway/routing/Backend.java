package dk.infohus.gateway.routing;

import java.util.List;
import java.util.stream.Stream;

/**
 * The five services behind the front door and the path prefixes each owns. This is the route table: a
 * path not listed here is not forwarded anywhere.
 *
 * <p>Intake also serves server-rendered pages: the public area {@code /offentlig/**} (the citizen's form,
 * receipt status, guidance, action card, the ALTCHA challenge and the pages' assets; no sign-in) and
 * {@code /indberetning/**} (staff and partners report signed in). Its REST API is described for partner
 * systems at {@code /openapi/intake}, open to all. Pages get the session's CSRF token in
 * {@link #FORM_TOKEN_HEADER}, so their forms work without JavaScript.
 *
 * <p>Screening serves the police check's and the coordinators' pages at {@code /politi/**} (signed in, its
 * own need-to-know per role) and its events' AsyncAPI document at {@code /asyncapi/screening.yaml}. Later
 * issues add {@code /infohus/**} (assessment), {@code /forvaltning/**} (referral), {@code /beskeder/**}
 * (notification). The front door's own page is the workspace at {@code /}.
 */
public enum Backend {
    INTAKE(
            List.of("/api/concerns/**", "/api/receipts/**", "/openapi/intake/**"),
            List.of("/offentlig/**", "/indberetning/**")),
    SCREENING(List.of("/api/police-checks/**", "/asyncapi/screening.yaml"), List.of("/politi/**")),
    ASSESSMENT(List.of("/api/infohus-cases/**", "/api/departments/**", "/api/assessment-dimensions/**"), List.of()),
    REFERRAL(List.of("/api/referrals/**"), List.of()),
    NOTIFICATION(List.of("/api/notifications/**", "/api/reminders/**"), List.of());

    /**
     * The request header in which a page route receives the CSRF token of the browser's session (the raw
     * value of the {@code XSRF-TOKEN} cookie): the front door strips the {@code Cookie} header, so this is
     * how a page learns the token it writes into its forms ({@code action="...?_csrf=TOKEN"}).
     */
    public static final String FORM_TOKEN_HEADER = "X-Infohus-Form-Token";

    private final List<String> apiPatterns;
    private final List<String> pagePatterns;

    Backend(List<String> apiPatterns, List<String> pagePatterns) {
        this.apiPatterns = apiPatterns;
        this.pagePatterns = pagePatterns;
    }

    /** Path patterns ({@code /api/concerns/**} also matches {@code /api/concerns}) forwarded to this service. */
    public List<String> pathPatterns() {
        return Stream.concat(apiPatterns.stream(), pagePatterns.stream()).toList();
    }

    /** The patterns of {@link #pathPatterns()} that are server-rendered pages (they get the form token). */
    public List<String> pagePatterns() {
        return pagePatterns;
    }

    /** The route id, also the key under {@code infohus.gateway.services}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
