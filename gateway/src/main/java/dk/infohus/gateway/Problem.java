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

    public static final Problem FRESH_SIGN_IN_REQUIRED = new Problem(
            HttpStatus.UNAUTHORIZED,
            "Log ind igen for at gøre dette: det kræver et nyt login. / Sign in again to do this: it needs a fresh"
                    + " sign-in.");

    public static final Problem FRESH_SIGN_IN_REFUSED = new Problem(
            HttpStatus.FORBIDDEN,
            "Dit login kunne ikke fornys, så det kan ikke gøres nu. Log ud og ind igen. / Your sign-in could not be"
                    + " renewed, so this cannot be done now. Sign out and in again.");

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

    public static final Problem NOT_FOUND = new Problem(HttpStatus.NOT_FOUND, "Her er intet. / There is nothing here.");

    public static final Problem METHOD_NOT_ALLOWED = new Problem(
            HttpStatus.METHOD_NOT_ALLOWED,
            "Adressen tager ikke imod den metode. / This address does not take that method.");

    public static final Problem BAD_REQUEST = new Problem(
            HttpStatus.BAD_REQUEST,
            "Forespørgslen kan ikke besvares, som den er. / The request cannot be answered as it is.");

    public static final Problem INTERNAL_ERROR = new Problem(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Noget gik galt; prøv igen om lidt. / Something went wrong; try again shortly.");

    /** The front door's own problem for an error status, in fixed words: never the framework's. */
    public static Problem forStatus(int status) {
        return switch (status) {
            case 401 -> SIGN_IN_REQUIRED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                if (known != null && known.is4xxClientError()) {
                    yield new Problem(known, BAD_REQUEST.detail());
                }
                yield INTERNAL_ERROR;
            }
        };
    }

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
