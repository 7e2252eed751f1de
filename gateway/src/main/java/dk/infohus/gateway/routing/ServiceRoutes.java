package dk.infohus.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions.tokenRelay;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

import dk.infohus.gateway.Problem;
import dk.infohus.gateway.security.FrontDoorSecurity;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The route table in code: every path prefix of {@link Backend} goes to its service with the signed-in
 * person's access token as {@code Authorization: Bearer}. Who may pass at all is decided before, in the
 * security filter chain.
 *
 * <p>On the way out the browser's {@code Cookie} header (the session id and the CSRF cookie), its CSRF
 * header and any {@code Authorization} header the browser sent are removed: a service sees only the token
 * the front door relays for the session, or no token at all for an anonymous citizen. On the way back the
 * service's security headers and cookies are dropped, and the front door's own apply.
 *
 * <p>Bodies stream through unchanged: the front door parses no multipart body ({@code
 * spring.servlet.multipart.enabled: false}; a page's form carries its CSRF token in the query string) and
 * sets no size limit of its own, so uploads reach intake, which enforces its limits.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

    private static final Logger log = LoggerFactory.getLogger(ServiceRoutes.class);

    private static final String CSRF_HEADER = "X-XSRF-TOKEN";

    /**
     * Headers of a service's answer the front door sets itself: the security headers (so every response
     * has the same policy, whatever a service sends) and cookies (the services are stateless and must not
     * set cookies on the front door's origin).
     */
    static final List<String> HEADERS_THE_FRONT_DOOR_DECIDES = List.of(
            "Content-Security-Policy",
            "Content-Security-Policy-Report-Only",
            "X-Frame-Options",
            "X-Content-Type-Options",
            "Referrer-Policy",
            "Strict-Transport-Security",
            HttpHeaders.SET_COOKIE);

    @Bean
    RouterFunction<ServerResponse> serviceRouteTable(ServiceLocations locations) {
        return Stream.of(Backend.values())
                .map(backend -> route(backend.id())
                        .route(pathsOf(backend), http())
                        .before(uri(locations.of(backend)))
                        .before(removeRequestHeader(HttpHeaders.COOKIE))
                        .before(authorizationOnlyFromAMachineClient())
                        .before(removeRequestHeader(CSRF_HEADER))
                        .before(removeRequestHeader(Backend.FORM_TOKEN_HEADER))
                        .before(formTokenForPages(backend))
                        .before(theClientsContentType())
                        .filter(answerFailures(backend))
                        .filter(tokenRelay())
                        .after(frontDoorDecidesTheHeaders())
                        .build())
                .reduce(RouterFunction::and)
                .orElseThrow();
    }

    /**
     * A page route gets the session's CSRF token in {@link Backend#FORM_TOKEN_HEADER}: the raw token the
     * CSRF filter accepts (the {@code XSRF-TOKEN} cookie's value, or the one this response hands out), so
     * a page can put it into its forms' {@code action="...?_csrf=TOKEN"} and they work without JavaScript.
     * One the browser sent itself was removed before. API routes never get it.
     */
    private static Function<ServerRequest, ServerRequest> formTokenForPages(Backend backend) {
        if (backend.pagePatterns().isEmpty()) {
            return request -> request;
        }
        RequestPredicate pages = backend.pagePatterns().stream()
                .map(RequestPredicates::path)
                .reduce(RequestPredicate::or)
                .orElseThrow();
        return request -> {
            if (pages.test(request)
                    && request.attribute(CsrfToken.class.getName()).orElse(null) instanceof CsrfToken token) {
                String value = token.getToken();
                return ServerRequest.from(request)
                        .headers(headers -> headers.set(Backend.FORM_TOKEN_HEADER, value))
                        .build();
            }
            return request;
        };
    }

    /**
     * The {@code Content-Type} exactly as the client sent it. Spring's view of the request adds the
     * request's character encoding ({@code ;charset=UTF-8}, which the front door sets on every request) to
     * a type that has none, a multipart one included; the service gets the header unchanged instead.
     */
    private static Function<ServerRequest, ServerRequest> theClientsContentType() {
        return request -> {
            String sent = request.servletRequest().getHeader(HttpHeaders.CONTENT_TYPE);
            if (sent == null) {
                return request;
            }
            return ServerRequest.from(request)
                    .headers(headers -> headers.set(HttpHeaders.CONTENT_TYPE, sent))
                    .build();
        };
    }

    /**
     * The {@code Authorization} header the client sent goes on only for a machine client's call (a bearer
     * token and no session, {@link FrontDoorSecurity#MACHINE_CLIENT}), for the service to validate;
     * from a browser it is removed, and the session's token is relayed instead.
     */
    private static Function<ServerRequest, ServerRequest> authorizationOnlyFromAMachineClient() {
        Function<ServerRequest, ServerRequest> remove = removeRequestHeader(HttpHeaders.AUTHORIZATION);
        return request ->
                request.attribute(FrontDoorSecurity.MACHINE_CLIENT).isPresent() ? request : remove.apply(request);
    }

    private static BiFunction<ServerRequest, ServerResponse, ServerResponse> frontDoorDecidesTheHeaders() {
        return (request, response) -> {
            HEADERS_THE_FRONT_DOOR_DECIDES.forEach(response.headers()::remove);
            return response;
        };
    }

    private static RequestPredicate pathsOf(Backend backend) {
        return backend.pathPatterns().stream()
                .map(RequestPredicates::path)
                .reduce(RequestPredicate::or)
                .orElseThrow();
    }

    /**
     * A token that can no longer be refreshed answers 401 (the page signs in again); a service that does
     * not answer gives 503. Neither logs the request's path or query: they may hold a case id or a search.
     */
    private static HandlerFilterFunction<ServerResponse, ServerResponse> answerFailures(Backend backend) {
        return (request, next) -> {
            try {
                return next.handle(request);
            } catch (OAuth2AuthorizationException expired) {
                log.info(
                        "Access token for route {} could not be renewed ({}); asking to sign in again",
                        backend.id(),
                        expired.getError().getErrorCode());
                return problem(Problem.SIGN_IN_EXPIRED);
            } catch (ResourceAccessException unreachable) {
                log.warn(
                        "Service {} did not answer ({})",
                        backend.id(),
                        unreachable.getCause() == null
                                ? unreachable.getClass().getSimpleName()
                                : unreachable.getCause().getClass().getSimpleName());
                return problem(Problem.SERVICE_UNAVAILABLE);
            }
        };
    }

    private static ServerResponse problem(Problem problem) {
        return ServerResponse.status(problem.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
