package dk.infohus.intake.concern.adapter.web.page;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page needs besides its own content: its language, the link to the same page in the other
 * language, the front door's form token, and the coordinators to contact.
 *
 * @param english the page is in English ({@code lang=en}); else Danish
 * @param switchHref the same page in the other language
 * @param switchable the page offers the other language: not on an answer to a form
 * @param formToken the CSRF token the front door sends in {@code X-Infohus-Form-Token}; null when called directly
 */
public record PageContext(
        boolean english,
        String switchHref,
        boolean switchable,
        @Nullable String formToken,
        List<PageProperties.Contact> contacts) {

    /** The header in which the front door passes the session's CSRF token on. */
    static final String FORM_TOKEN_HEADER = "X-Infohus-Form-Token";

    static final Locale DANISH = Locale.forLanguageTag("da-DK");

    static PageContext of(HttpServletRequest request, PageProperties properties) {
        boolean english = english(request);
        String token = request.getHeader(FORM_TOKEN_HEADER);
        return new PageContext(
                english,
                switchHref(request, english),
                // an answer to a form (a receipt, the form with errors) is not fetched again by a link:
                // switching there would lose the receipt code or what was typed
                "GET".equals(request.getMethod()),
                token == null || token.isBlank() ? null : token,
                properties.contacts());
    }

    /** English only when asked for exactly; any other {@code lang}, or none, is Danish. */
    static boolean english(HttpServletRequest request) {
        try {
            String lang = request.getParameter("lang");
            return lang != null && lang.strip().equalsIgnoreCase("en");
        } catch (RuntimeException unreadable) {
            // a malformed body: the page that says so is in Danish
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

    /** A form's action: the path, with the front door's CSRF token when there is one. */
    public String action(String path) {
        return formToken == null ? path : path + "?_csrf=" + URLEncoder.encode(formToken, StandardCharsets.UTF_8);
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
