package dk.infohus.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The problem for a status alone, in fixed plain words (Danish / English, as the front door says them),
 * for the errors the framework or the servlet container raise: their own wording ("No static resource
 * api/meetings.", "Request method 'PUT' is not supported", Tomcat's report) names internals and versions
 * and is never shown. Nothing from the request is echoed back.
 */
public final class PlainProblems {

    /**
     * The property of a 500 that finds the request in the log: its trace id (the log's {@code [traceId-spanId]}),
     * for whoever looks into it. Says nothing about what failed.
     */
    public static final String CORRELATION_ID = "correlationId";

    private PlainProblems() {}

    public static ProblemDetail of(HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null || !status.isError()) {
            status = code.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return switch (status) {
            case BAD_REQUEST -> badRequest();
            case UNAUTHORIZED ->
                ProblemResponses.problem(
                        status, "unauthorized", "Sign in", "Log ind for at fortsætte. / Sign in to continue.");
            case FORBIDDEN ->
                ProblemResponses.problem(
                        status, "forbidden", "Forbidden", "Det er ikke tilladt. / This is not allowed.");
            case NOT_FOUND ->
                ProblemResponses.problem(status, "not-found", "Not found", "Her er intet. / There is nothing here.");
            case METHOD_NOT_ALLOWED ->
                ProblemResponses.problem(
                        status,
                        "method-not-allowed",
                        "Method not allowed",
                        "Adressen tager ikke imod den metode. / This address does not take that method.");
            case NOT_ACCEPTABLE ->
                ProblemResponses.problem(
                        status,
                        "not-acceptable",
                        "Not acceptable",
                        "Adressen kan ikke svare i den form, der blev bedt om. / "
                                + "This address cannot answer in the form asked for.");
            case UNSUPPORTED_MEDIA_TYPE ->
                ProblemResponses.problem(
                        status,
                        "unsupported-media-type",
                        "Unsupported media type",
                        "Adressen tager ikke imod den slags indhold. / This address does not take a body of that type.");
            case CONTENT_TOO_LARGE ->
                ProblemResponses.problem(
                        status,
                        "body-too-large",
                        "Request body too large",
                        "Forespørgslen er større end tilladt. / The request is larger than allowed.");
            case REQUEST_HEADER_FIELDS_TOO_LARGE ->
                ProblemResponses.problem(
                        status,
                        "headers-too-large",
                        "Request headers too large",
                        "Forespørgslens headere er større end tilladt. / The request's headers are larger than allowed.");
            case TOO_MANY_REQUESTS ->
                ProblemResponses.problem(
                        status,
                        "too-many-requests",
                        "Too many requests",
                        "For mange forsøg; prøv igen senere. / Too many attempts; try again later.");
            case SERVICE_UNAVAILABLE ->
                ProblemResponses.problem(
                        status,
                        "unavailable",
                        "Not available right now",
                        "Tjenesten svarer ikke lige nu; prøv igen om lidt. / "
                                + "The service is not answering right now; try again shortly.");
            default -> {
                if (status.is4xxClientError()) {
                    ProblemDetail problem = badRequest();
                    problem.setStatus(status);
                    problem.setTitle(status.getReasonPhrase());
                    yield problem;
                }
                yield internalError();
            }
        };
    }

    /** A request that cannot be answered as it is: a URL the firewall refuses, a request the container cannot read. */
    public static ProblemDetail badRequest() {
        return ProblemResponses.problem(
                HttpStatus.BAD_REQUEST,
                "bad-request",
                "Bad request",
                "Forespørgslen kan ikke besvares, som den er. / The request cannot be answered as it is.");
    }

    /**
     * What nobody foresaw: never the exception or its message; the request's trace id as {@link
     * #CORRELATION_ID}, when there is one, so that the entry in the log can be found.
     */
    public static ProblemDetail internalError() {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Something went wrong",
                "Noget gik galt; prøv igen om lidt. / Something went wrong; try again shortly.");
        String traceId = MDC.get("traceId");
        if (traceId != null && !traceId.isBlank()) {
            problem.setProperty(CORRELATION_ID, traceId);
        }
        return problem;
    }

    /**
     * The request is a page's, asking for HTML (a browser's), not the API's: the person gets a page, not a
     * problem body. During the error dispatch, the path is the one that failed, not the error path.
     */
    public static boolean forAPage(HttpServletRequest request) {
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed
                : request.getRequestURI();
        String accept = request.getHeader("Accept");
        return !isApi(path) && accept != null && accept.contains("text/html");
    }

    private static boolean isApi(@Nullable String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }
}
