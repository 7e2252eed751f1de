package dk.infohus.webui;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * An error on a page is a page in the page's language, never a JSON problem or a stack trace: a service's
 * {@code @ExceptionHandler} for its page controllers answers {@code ErrorPage.of(request, status)}. The
 * words are {@code errorPage.<status>.title} and {@code .text} (the base bundle has 400, 401, 403, 404,
 * 409, 429, 500 and 503; a service may say its own).
 */
public final class ErrorPage {

    /** The staff layout's error page. */
    public static final String VIEW = "web-ui/error-page";

    private ErrorPage() {}

    public static ModelAndView of(HttpServletRequest request, HttpStatus status) {
        return of(VIEW, request, status);
    }

    /**
     * The page for an error with a status the bundle may have no words for (405, 415): the words of the
     * status's class instead (400 or 500), the status itself unchanged.
     */
    public static ModelAndView forError(
            String view, HttpServletRequest request, HttpStatus status, MessageSource messages) {
        HttpStatus words = status;
        if (messages.getMessage("errorPage." + status.value() + ".title", null, null, PageLanguage.localeOf(request))
                == null) {
            words = status.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ModelAndView page = of(view, request, words);
        page.setStatus(status);
        return page;
    }

    /** The same with a view of the service's own (intake's public pages have one with the emergency box). */
    public static ModelAndView of(String view, HttpServletRequest request, HttpStatus status) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject(PageContextInterceptor.ATTRIBUTE, PageContext.of(request));
        page.addObject("status", status.value());
        return page;
    }
}
