package dk.infohus.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A sign-in the identity provider refused or that could not be completed: a short page (no script, so the
 * Content-Security-Policy holds) with a link to try again, instead of sending the browser straight back to
 * the identity provider, which could loop. Only the OAuth2 error code is logged, never who tried.
 */
final class SignInFailure implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailure.class);

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="da">
            <head><meta charset="utf-8"><title>Login mislykkedes / Sign-in failed</title></head>
            <body>
            <main>
            <h1>Login mislykkedes</h1>
            <p>Du blev ikke logget ind. <a href="%1$s">Prøv igen</a>.</p>
            <h1 lang="en">Sign-in failed</h1>
            <p lang="en">You were not signed in. <a href="%1$s">Try again</a>.</p>
            </main>
            </body>
            </html>
            """;

    private final String signInPath;

    SignInFailure(String signInPath) {
        this.signInPath = signInPath;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = exception instanceof OAuth2AuthenticationException oauth2
                ? oauth2.getError().getErrorCode()
                : exception.getClass().getSimpleName();
        log.info("Sign-in failed: {}", reason);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(PAGE.formatted(request.getContextPath() + signInPath));
    }
}
