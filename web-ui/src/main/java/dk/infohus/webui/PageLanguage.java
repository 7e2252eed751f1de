package dk.infohus.webui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page: Danish, or English when the request says exactly {@code lang=en}. No cookie, no
 * session, no {@code Accept-Language}: the same address always gives the same language, and a link or a
 * form carries the choice on ({@link PageContext#href}, a hidden {@code lang} field).
 */
public final class PageLanguage {

    /** The first language of every page. */
    public static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private PageLanguage() {}

    /** English only when asked for exactly; any other {@code lang}, or none, is Danish. */
    public static boolean english(HttpServletRequest request) {
        try {
            String lang = request.getParameter("lang");
            return lang != null && lang.strip().equalsIgnoreCase("en");
        } catch (RuntimeException unreadable) {
            // a malformed body: the page that says so is in Danish
            return false;
        }
    }

    public static Locale localeOf(HttpServletRequest request) {
        return english(request) ? Locale.ENGLISH : DANISH;
    }

    /** The {@code localeResolver} of every service with pages: {@link #localeOf}, never set otherwise. */
    static LocaleResolver resolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return localeOf(request);
            }

            @Override
            public void setLocale(
                    HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
                throw new UnsupportedOperationException("the language is chosen by the lang parameter");
            }
        };
    }
}
