package dk.infohus.gateway;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * An RFC 9457 problem body the front door answers itself, in Danish and English. The texts are fixed:
 * nothing from the request (path, query, body) is echoed back or logged.
 */
public record Problem(URI type, String title, int status, String detail) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static final Problem SIGN_IN_REQUIRED =
            new Problem(HttpStatus.UNAUTHORIZED, "Log ind for at fortsætte. / Sign in to continue.");

    public static final Problem SIGN_IN_EXPIRED = new Problem(
            HttpStatus.UNAUTHORIZED, "Dit login er udløbet; log ind igen. / Your sign-in has expired; sign in again.");

    public static final Problem FORBIDDEN = new Problem(
            HttpStatus.FORBIDDEN,
            "Anmodningen blev afvist (manglende eller forkert CSRF-token). / "
                    + "The request was refused (missing or wrong CSRF token).");

    public static final Problem SERVICE_UNAVAILABLE = new Problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "Tjenesten svarer ikke lige nu; prøv igen om lidt. / "
                    + "The service is not answering right now; try again shortly.");

    public static final Problem TOO_MANY_REQUESTS = new Problem(
            HttpStatus.TOO_MANY_REQUESTS,
            "For mange forsøg; prøv igen senere (se Retry-After). Er der akut fare, så ring 112. / "
                    + "Too many attempts; try again later (see Retry-After). If there is immediate danger, call 112.");

    private Problem(HttpStatus status, String detail) {
        this(URI.create("about:blank"), status.getReasonPhrase(), status.value(), detail);
    }

    /** Writes this problem as the whole response. */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(this));
    }
}
