package dk.infohus.webui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page for an error no page controller answered (a page that does not exist, a request refused before
 * any controller, a page that failed), shown by the servlet container's error dispatch to a browser: the
 * staff layout's {@link ErrorPage}, in the page's language. A service with an error page of its own (intake's
 * public pages) puts a resolver of its own before this one.
 */
public class ErrorPages implements ErrorViewResolver, Ordered {

    private final MessageSource messages;

    public ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return ErrorPage.forError(ErrorPage.VIEW, request, status, messages);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
