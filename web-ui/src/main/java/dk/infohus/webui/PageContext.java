package dk.infohus.webui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page needs besides its own content, as {@code page} in every view's model: its language,
 * the link to the same page in the other language, the front door's form token, and who is signed in.
 *
 * @param english the page is in English ({@code lang=en}); else Danish
 * @param path the page's path, for the navigation's {@code aria-current}
 * @param switchHref the same page in the other language
 * @param switchable the page offers the other language: not on an answer to a form (a receipt, a form with
 *     errors), which following a link would lose
 * @param formToken the CSRF token the front door sends in {@link #FORM_TOKEN_HEADER} (or sets as {@link
 *     #FORM_TOKEN_ATTRIBUTE} on its own pages); null when called directly
 * @param person the signed-in person, for the staff layout; null for a citizen
 */
public record PageContext(
        boolean english,
        String path,
        String switchHref,
        boolean switchable,
        @Nullable String formToken,
        @Nullable StaffMember person) {

    /** The header in which the front door passes the session's CSRF token on to a page route. */
    public static final String FORM_TOKEN_HEADER = "X-Infohus-Form-Token";

    /**
     * The request attribute in which the front door's own pages find the session's CSRF token (they are not
     * routed, so they get no {@link #FORM_TOKEN_HEADER}).
     */
    public static final String FORM_TOKEN_ATTRIBUTE = "dk.infohus.webui.formToken";

    /** The page context of a request: the language from {@code lang}, the person from the security context. */
    public static PageContext of(HttpServletRequest request) {
        boolean english = PageLanguage.english(request);
        String token = request.getAttribute(FORM_TOKEN_ATTRIBUTE) instanceof String own
                ? own
                : request.getHeader(FORM_TOKEN_HEADER);
        return new PageContext(
                english,
                pathOf(request),
                switchHref(request, english),
                "GET".equals(request.getMethod()),
                token == null || token.isBlank() ? null : token,
                StaffMember.current().orElse(null));
    }

    public String lang() {
        return english ? "en" : "da";
    }

    public boolean signedIn() {
        return person != null;
    }

    /** A link to a page of ours in this page's language. */
    public String href(String path) {
        return english ? path + (path.contains("?") ? "&" : "?") + "lang=en" : path;
    }

    /** A form's action: the path, with the front door's CSRF token when there is one. */
    public String action(String path) {
        return formToken == null
                ? path
                : path + (path.contains("?") ? "&" : "?") + "_csrf="
                        + URLEncoder.encode(formToken, StandardCharsets.UTF_8);
    }

    /** The page's path; on the servlet container's error dispatch, the path of the page that failed. */
    private static String pathOf(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed
                : request.getRequestURI();
    }

    private static String switchHref(HttpServletRequest request, boolean english) {
        // on the error dispatch, the failed page's query (Servlet 6.1's jakarta.servlet.error.query_string)
        String query = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null
                ? request.getQueryString()
                : request.getAttribute("jakarta.servlet.error.query_string") instanceof String failed ? failed : null;
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(pathOf(request));
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
