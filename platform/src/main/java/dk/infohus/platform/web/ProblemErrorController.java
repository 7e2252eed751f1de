package dk.infohus.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container's error page answers, in place of Spring Boot's: every error no controller
 * advice answered (an exception in a filter, a request the container or Spring Security's firewall
 * refused, a page asked for by a browser that failed) is a {@link PlainProblems plain problem}, never
 * Spring Boot's body with timestamp, path and framework wording. A page asked for by a browser gets the
 * service's error page (an {@link ErrorViewResolver}, such as the page layer's), or else a short page.
 */
@Controller
public class ProblemErrorController implements ErrorController {

    private final ProblemResponses problems;
    private final List<ErrorViewResolver> pages;

    public ProblemErrorController(ProblemResponses problems, List<ErrorViewResolver> pages) {
        this.problems = problems;
        this.pages = List.copyOf(pages);
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    @Nullable
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        if (PlainProblems.forAPage(request)) {
            for (ErrorViewResolver resolver : pages) {
                ModelAndView page = resolver.resolveErrorView(request, status, Map.of("status", status.value()));
                if (page != null) {
                    if (page.getStatus() == null) {
                        page.setStatus(status);
                    }
                    return page;
                }
            }
            writePage(response, PlainProblems.of(status));
            return null;
        }
        problems.write(response, PlainProblems.of(status));
        return null;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof RequestRejectedException) {
            // the firewall refused a header a handler asked for: the request, not the service, is wrong
            return HttpStatus.BAD_REQUEST;
        }
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
            HttpStatus status = HttpStatus.resolve(code);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** A short page for a service without a page layer: the same fixed words, Danish first. */
    private static void writePage(HttpServletResponse response, ProblemDetail problem) throws IOException {
        String detail = String.valueOf(problem.getDetail());
        String[] words = detail.split(" / ", 2);
        response.setStatus(problem.getStatus());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="da"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s</title></head>
                <body><main>
                <h1>%1$s</h1>
                <p lang="en">%2$s</p>
                <p><a href="/">Forsiden / Home</a></p>
                </main></body></html>
                """.formatted(words[0], words.length > 1 ? words[1] : ""));
    }
}
