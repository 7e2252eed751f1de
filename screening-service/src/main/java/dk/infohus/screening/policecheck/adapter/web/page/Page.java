package dk.infohus.screening.policecheck.adapter.web.page;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page of screening needs besides its content: its language, the same page in the other
 * language, the front door's form token and how times read.
 *
 * @param english {@code lang=en}; else Danish
 * @param switchHref the same page in the other language
 * @param switchable the page offers the other language: not on an answer to a form, which would lose what was typed
 * @param formToken the CSRF token the front door sends in {@code X-Infohus-Form-Token}; null when called directly
 */
public record Page(
        boolean english,
        String switchHref,
        boolean switchable,
        @Nullable String formToken) {

    static final String FORM_TOKEN_HEADER = "X-Infohus-Form-Token";
    static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH:mm");
    private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    static Page of(HttpServletRequest request) {
        boolean english = english(request);
        String token = request.getHeader(FORM_TOKEN_HEADER);
        return new Page(
                english,
                switchHref(request, english),
                "GET".equals(request.getMethod()),
                token == null || token.isBlank() ? null : token);
    }

    static boolean english(HttpServletRequest request) {
        try {
            String lang = request.getParameter("lang");
            return lang != null && lang.strip().equalsIgnoreCase("en");
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    static Locale localeOf(HttpServletRequest request) {
        return english(request) ? Locale.ENGLISH : DANISH;
    }

    public String lang() {
        return english ? "en" : "da";
    }

    /** A link to a page of ours in this page's language. */
    public String href(String path) {
        return english ? path + (path.contains("?") ? "&" : "?") + "lang=en" : path;
    }

    /** A form's action: the path in this language, with the front door's CSRF token when there is one. */
    public String action(String path) {
        String target = href(path);
        return formToken == null
                ? target
                : target + (target.contains("?") ? "&" : "?") + "_csrf="
                        + URLEncoder.encode(formToken, StandardCharsets.UTF_8);
    }

    /** A moment as people in Copenhagen read it. */
    public String time(@Nullable Instant at) {
        return at == null ? "" : (english ? TIME_EN : TIME).format(at.atZone(COPENHAGEN));
    }

    public String day(@Nullable LocalDate day) {
        return day == null ? "" : (english ? DAY_EN : DAY).format(day);
    }

    /** A moment as a machine reads it, for {@code <time datetime>}. */
    public String iso(@Nullable Instant at) {
        return at == null ? "" : at.toString();
    }

    private static String switchHref(HttpServletRequest request, boolean english) {
        String query = request.getQueryString();
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(request.getRequestURI());
        if (query != null && !query.isBlank()) {
            uri.query(query);
        }
        uri.replaceQueryParam("_csrf");
        if (english) {
            uri.replaceQueryParam("lang");
        } else {
            uri.replaceQueryParam("lang", "en");
        }
        return uri.build().toUriString();
    }
}
