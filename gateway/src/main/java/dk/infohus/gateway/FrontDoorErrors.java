package dk.infohus.gateway;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the front door answers itself (a path outside the route table, a method a path does not
 * take, a request the firewall refuses, a failure) is a plain {@link Problem}, or a short page for a
 * browser: never Spring's wording ("No static resource api/meetings."), a stack trace or a version.
 */
@Controller
class FrontDoorErrors implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code
                : 500;
        Problem problem = Problem.forStatus(status);
        String accept = request.getHeader("Accept");
        boolean browser = accept != null
                && MediaType.parseMediaTypes(accept).stream()
                        .anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
        if (!browser) {
            problem.writeTo(response);
            return;
        }
        String[] words = problem.detail().split(" / ", 2);
        response.setStatus(problem.status());
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
