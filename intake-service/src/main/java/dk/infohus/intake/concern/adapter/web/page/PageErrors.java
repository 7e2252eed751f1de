package dk.infohus.intake.concern.adapter.web.page;

import dk.infohus.platform.domain.NotFound;
import dk.infohus.webui.ErrorPage;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on the pages are pages, in the page's language: never a JSON problem body, never a stack trace.
 * Before the platform's problem-details advice, for the page controllers only.
 */
@ControllerAdvice(assignableTypes = {PublicPages.class, StaffPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    static final String VIEW = "fejl";

    private final PageProperties properties;

    PageErrors(PageProperties properties) {
        this.properties = properties;
    }

    /** Every page may name the coordinators to contact; the rest of what a page needs is web-ui's {@code page}. */
    @ModelAttribute("contacts")
    List<PageProperties.Contact> contacts() {
        return properties.contacts();
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView refused(ResponseStatusException refused, HttpServletRequest request) {
        return page(
                request, properties, HttpStatus.valueOf(refused.getStatusCode().value()));
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(HttpServletRequest request) {
        return page(request, properties, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadableUpload(MultipartException ex, HttpServletRequest request) {
        return page(request, properties, statusOf(ex));
    }

    @ExceptionHandler(RuntimeException.class)
    ModelAndView failed(RuntimeException ex, HttpServletRequest request) {
        log.error("A page failed", ex);
        return page(request, properties, HttpStatus.INTERNAL_SERVER_ERROR);
    }

    static HttpStatus statusOf(MultipartException ex) {
        return ex instanceof MaxUploadSizeExceededException ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
    }

    static ModelAndView page(HttpServletRequest request, PageProperties properties, HttpStatus status) {
        ModelAndView page = ErrorPage.of(VIEW, request, status);
        page.addObject("contacts", properties.contacts());
        return page;
    }

    /**
     * An error no page controller answered on the pages' paths (a page that does not exist, a request refused
     * before any controller), shown by the servlet container's error dispatch: this service's error page,
     * with the emergency box, before the page layer's staff page.
     */
    static final class FailedPages implements ErrorViewResolver, Ordered {

        private final PageProperties properties;
        private final MessageSource messages;

        FailedPages(PageProperties properties, MessageSource messages) {
            this.properties = properties;
            this.messages = messages;
        }

        @Override
        public @Nullable ModelAndView resolveErrorView(
                HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
            if (!(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path)
                    || !(path.startsWith("/offentlig") || path.startsWith("/indberetning"))) {
                return null;
            }
            ModelAndView page = ErrorPage.forError(VIEW, request, status, messages);
            page.addObject("contacts", properties.contacts());
            return page;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /**
     * A multipart body the server cannot read (malformed, or a file over the size limit) is refused before
     * any controller is chosen, where the advice above does not reach: on the pages' paths, a page too.
     */
    static final class UnreadableForms implements HandlerExceptionResolver, Ordered {

        private final PageProperties properties;

        UnreadableForms(PageProperties properties) {
            this.properties = properties;
        }

        @Override
        public @Nullable ModelAndView resolveException(
                HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
            String path = request.getRequestURI();
            if (!(ex instanceof MultipartException multipart)
                    || !(path.startsWith("/offentlig/") || path.startsWith("/indberetning/"))) {
                return null;
            }
            return page(request, properties, statusOf(multipart));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 1;
        }
    }
}
