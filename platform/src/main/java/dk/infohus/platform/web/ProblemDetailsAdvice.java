package dk.infohus.platform.web;

import dk.infohus.platform.domain.IllegalTransition;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.platform.domain.NotFound;
import dk.infohus.platform.outbox.ConcurrentChange;
import dk.infohus.platform.web.ProblemResponses.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns what a caller got wrong into an RFC 9457 problem that names the field and what is wrong with
 * it; never a 500 for something a user typed. Wrong transitions are 409 with the current state named.
 * What the framework refuses by itself (an unknown path, a method, media type or {@code Accept} an
 * endpoint does not take) is a {@link PlainProblems plain problem} without the framework's wording, and
 * what nobody foresaw is a plain 500: the exception goes to the log, never into the answer. A browser
 * asking for a page gets the error page instead ({@link ProblemErrorController}).
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /**
     * A problem the framework made from its own exception keeps its status and headers ({@code Allow},
     * {@code Accept}) and loses the framework's wording.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (request instanceof ServletWebRequest servlet
                && servlet.getResponse() != null
                && !servlet.getResponse().isCommitted()
                && PlainProblems.forAPage(servlet.getRequest())) {
            headers.forEach((name, values) ->
                    values.forEach(value -> servlet.getResponse().addHeader(name, value)));
            return errorPage(servlet.getResponse(), statusCode.value());
        }
        if (body == null || (body instanceof ProblemDetail problem && isFrameworks(problem))) {
            body = PlainProblems.of(statusCode);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static boolean isFrameworks(ProblemDetail problem) {
        return !problem.getType().toString().startsWith(ProblemResponses.TYPE_BASE);
    }

    /** A header or URL Spring Security's firewall refused once a handler read it: a plain 400. */
    @ExceptionHandler(RequestRejectedException.class)
    @Nullable
    ResponseEntity<Object> rejected(HttpServletRequest request, HttpServletResponse response) {
        if (PlainProblems.forAPage(request)) {
            return errorPage(response, HttpStatus.BAD_REQUEST.value());
        }
        return problem(PlainProblems.badRequest());
    }

    /**
     * What nobody foresaw: a plain 500 with the request's correlation id; the exception goes to the log
     * under the endpoint's pattern (never the path, which may hold a receipt code), never into the answer.
     * An exception that declares its status ({@code @ResponseStatus}) gets that status; Spring Security's
     * own are left to it.
     */
    @ExceptionHandler(Exception.class)
    @Nullable
    ResponseEntity<Object> unforeseen(Exception ex, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (ex instanceof AuthenticationException
                || ex instanceof org.springframework.security.access.AccessDeniedException) {
            throw ex;
        }
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
        HttpStatus status = declared == null ? HttpStatus.INTERNAL_SERVER_ERROR : declared.code();
        if (status.is5xxServerError()) {
            log.error(
                    "Unforeseen failure answering {} {}",
                    request.getMethod(),
                    request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE),
                    ex);
        }
        if (response.isCommitted()) {
            return null;
        }
        if (PlainProblems.forAPage(request)) {
            return errorPage(response, status.value());
        }
        return problem(
                status == HttpStatus.INTERNAL_SERVER_ERROR ? PlainProblems.internalError() : PlainProblems.of(status));
    }

    /** The servlet container's error dispatch answers with the page ({@link ProblemErrorController}). */
    private static @Nullable ResponseEntity<Object> errorPage(@Nullable HttpServletResponse response, int status) {
        try {
            if (response != null) {
                response.sendError(status);
            }
        } catch (IOException e) {
            log.debug("The error page could not be sent: {}", e.toString());
        }
        return null;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyTooLarge tooLarge = causeOfType(ex, BodyTooLarge.class);
        if (tooLarge != null) {
            return problem(ProblemResponses.bodyTooLarge(tooLarge.limit()));
        }
        JacksonException jackson = causeOfType(ex, JacksonException.class);
        if (jackson == null) {
            return problem(ProblemResponses.invalidInput("The request body is missing or unreadable.", List.of()));
        }
        String field = fieldOf(jackson);
        String message;
        if (jackson instanceof UnrecognizedPropertyException) {
            message = "unknown field";
        } else if (jackson instanceof FreeText.ForbiddenCharacter) {
            message = "must not hold control characters (other than tab and line breaks) or unpaired surrogates";
        } else if (jackson instanceof InvalidFormatException invalid) {
            message = "cannot be read as " + invalid.getTargetType().getSimpleName();
        } else if (jackson instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = "must be " + describe(mismatched.getTargetType());
        } else if (jackson instanceof StreamReadException) {
            // the parser's own message names its classes and features: only where it stopped is said
            var location = jackson.getLocation();
            String where = location == null || location.getLineNr() < 0
                    ? ""
                    : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            return problem(
                    ProblemResponses.invalidInput("The request body is not well-formed JSON" + where + ".", List.of()));
        } else {
            message = "cannot be read";
        }
        return problem(ProblemResponses.invalidInput(
                "The request body has a wrong field: " + field, List.of(new FieldError(field, message))));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
                .toList();
        return problem(ProblemResponses.invalidInput(
                "Some fields are wrong: "
                        + errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", ")),
                errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(
                                String.valueOf(result.getMethodParameter().getParameterName()),
                                String.valueOf(error.getDefaultMessage()))))
                .toList();
        return problem(ProblemResponses.invalidInput("Some parameters are wrong.", errors));
    }

    /** A header an endpoint needs (an {@code Idempotency-Key}, say) is named; another binding failure is plain. */
    @Override
    protected @Nullable ResponseEntity<Object> handleServletRequestBindingException(
            ServletRequestBindingException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException missing) {
            return problem(ProblemResponses.invalidInput(
                    "The header " + missing.getHeaderName() + " is missing.",
                    List.of(new FieldError(missing.getHeaderName(), "is required"))));
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return problem(ProblemResponses.invalidInput(
                "The parameter " + ex.getParameterName() + " is missing.",
                List.of(new FieldError(ex.getParameterName(), "is required"))));
    }

    /**
     * A multipart upload over the servlet container's limits (a file over {@code
     * spring.servlet.multipart.max-file-size}, or all of it over {@code max-request-size}): a 413 naming
     * {@code attachments}, the field uploads come in, instead of a bare status.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "body-too-large",
                "Request body too large",
                "An uploaded file, or the upload as a whole, is larger than allowed.");
        if (ex.getMaxUploadSize() > 0) {
            problem.setProperty("limit", ex.getMaxUploadSize());
        }
        problem.setProperty("errors", List.of(new FieldError("attachments", "are larger than allowed")));
        return problem(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        String type = ex.getRequiredType() == null ? "value" : describe(ex.getRequiredType());
        return problem(ProblemResponses.invalidInput(
                "The parameter " + ex.getName() + " is wrong.",
                List.of(new FieldError(ex.getName(), "must be " + type))));
    }

    @ExceptionHandler(IllegalTransition.class)
    ResponseEntity<Object> illegalTransition(IllegalTransition ex) {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.CONFLICT,
                "illegal-transition",
                "Not allowed in the current state",
                "The " + ex.aggregate() + " is " + ex.currentState() + ", which does not allow " + ex.action() + ".");
        problem.setProperty("currentState", ex.currentState());
        problem.setProperty("action", ex.action());
        return problem(problem);
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalidInput(InvalidInput ex) {
        return problem(ProblemResponses.invalidInput(
                "The field " + ex.field() + " is wrong.", List.of(new FieldError(ex.field(), ex.getMessage()))));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Object> notFound(NotFound ex) {
        return problem(ProblemResponses.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage()));
    }

    /** A change that kept losing to others: 409 naming the state it is in now, like a wrong transition. */
    @ExceptionHandler(ConcurrentChange.class)
    ResponseEntity<Object> concurrentChange(ConcurrentChange ex) {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.CONFLICT,
                "concurrent-change",
                "Changed at the same time",
                ex.currentState() == null
                        ? "Someone changed the " + ex.aggregate() + " at the same moment. Reload it and try again."
                        : "Someone changed the " + ex.aggregate() + " at the same moment; it is now "
                                + ex.currentState() + ". Reload it and decide again.");
        if (ex.currentState() != null) {
            problem.setProperty("currentState", ex.currentState());
        }
        return problem(problem);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ResponseEntity<Object> concurrentWrite(RuntimeException ex) {
        return problem(ProblemResponses.problem(
                HttpStatus.CONFLICT,
                "concurrent-change",
                "Changed at the same time",
                "Someone changed this record at the same moment. Reload it and try again."));
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static String fieldOf(JacksonException jackson) {
        String path = jackson.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "(body)" : path;
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of " + java.util.Arrays.toString(constants);
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == String.class) {
            return "text";
        }
        return "a " + type.getSimpleName();
    }

    private static <T extends Throwable> @Nullable T causeOfType(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
