package dk.infohus.gateway.security;

import dk.infohus.gateway.Problem;
import dk.infohus.gateway.ratelimit.RateLimitFilter;
import dk.infohus.gateway.ratelimit.RateLimiter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.LinkedHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;

/**
 * Who passes the front door, and how.
 *
 * <ul>
 *   <li>Open without signing in: a citizen's {@code POST /api/concerns} and {@code GET /api/receipts/**},
 *       the public area {@code /offentlig/**}, static assets (the pages' shared styles {@code /web-ui/**}
 *       included) and {@code /actuator/health/**}. Everything
 *       else needs a signed-in session (OIDC login with the {@code infohus} client registration).
 *   <li>Without a session an API request ({@code /api/**}) gets 401 with a problem body; a page gets a
 *       redirect to sign-in, and comes back to the page it asked for afterwards.
 *   <li>CSRF protection stays on for every state-changing request, the anonymous {@code POST
 *       /api/concerns} included: pages are served from this same origin and copy the {@code XSRF-TOKEN}
 *       cookie into the {@code X-XSRF-TOKEN} header, so no exception is needed, and an exception would
 *       let another site file a concern in a signed-in reporter's name (their token is relayed on that
 *       route too). The token is the cookie's value as it is, sent as the {@code X-XSRF-TOKEN} header or
 *       the {@code _csrf} parameter. A page's multipart form carries it in the query string ({@code
 *       action="...?_csrf=TOKEN"}, intake's pages get the token from the front door in a request header),
 *       so the front door never parses a multipart body. The token is the raw cookie value (no XOR
 *       masking, which guards tokens in compressed HTML against BREACH): keep responses uncompressed
 *       ({@code server.compression} stays off here and in intake) while pages carry the token.
 *   <li>Rate limits after authorisation ({@link RateLimitFilter}): submitting concerns, looking up
 *       receipts and fetching ALTCHA challenges, per client address and per signed-in session.
 *   <li>Session fixation: the session id changes at sign-in. Security headers on every response: a
 *       Content-Security-Policy without inline script, {@code nosniff}, {@code Referrer-Policy:
 *       no-referrer}, {@code X-Frame-Options: DENY}, HSTS when the request came over TLS.
 *   <li>{@code POST /logout} ends the session here and at the identity provider (RP-initiated logout).
 *   <li>Partner systems call the API with their own bearer token and no session ({@link
 *       #machineClients}): no CSRF, the token relayed for the service to validate.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
public class FrontDoorSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");
    private static final RequestMatcher ACTUATOR = PathPatternRequestMatcher.pathPattern("/actuator/**");

    /**
     * The request attribute set on a machine client's API call: the route passes its own {@code
     * Authorization} header on to the service, which validates the token (issuer, audience, signature,
     * expiry, role), instead of relaying a session's token.
     */
    public static final String MACHINE_CLIENT = FrontDoorSecurity.class.getName() + ".machineClient";

    /**
     * A partner system's API call: {@code Authorization: Bearer} and no session cookie. No session, no
     * CSRF check (a bearer token is no ambient credential: a browser never adds it to a cross-site
     * request by itself, and the front door allows no cross-origin requests), no sign-in redirect. The
     * token is not trusted here: it is relayed, and every service validates it and decides by its
     * {@code @Allow}. The rate limits apply as to anyone. A request that carries the browser's session
     * cookie is a browser's, whatever else it carries: the session chain takes it, with CSRF, and the
     * header is removed before it reaches a service.
     */
    @Bean
    @Order(1)
    SecurityFilterChain machineClients(
            HttpSecurity http,
            RateLimiter rateLimiter,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie)
            throws Exception {
        http.securityMatcher(new AndRequestMatcher(API, bearerWithoutSession(sessionCookie)))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .addFilterBefore(
                        (request, response, chain) -> {
                            request.setAttribute(MACHINE_CLIENT, Boolean.TRUE);
                            chain.doFilter(request, response);
                        },
                        AuthorizationFilter.class)
                .addFilterAfter(new RateLimitFilter(rateLimiter), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()));
        return http.build();
    }

    private static RequestMatcher bearerWithoutSession(String sessionCookie) {
        return request -> {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization == null
                    || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                    || authorization.length() <= 7) {
                return false;
            }
            Cookie[] cookies = request.getCookies();
            return cookies == null
                    || Arrays.stream(cookies).noneMatch(c -> c.getName().equals(sessionCookie));
        };
    }

    @Bean
    @Order(2)
    SecurityFilterChain frontDoor(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            SignInSettings signIn,
            RateLimiter rateLimiter)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/concerns")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/receipts/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/openapi/intake")
                        .permitAll()
                        .requestMatchers("/offentlig", "/offentlig/**", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers(PathRequest.toStaticResources().atCommonLocations())
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/web-ui/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2Login(login -> login.loginPage(signIn.signInPath())
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
                                new FreshSignInRequests(registrations, signIn.freshSignInWithin())))
                        .successHandler(new SignInSuccess(pagesOnly()))
                        .failureHandler(new SignInFailure(signIn.signInPath())))
                .logout(logout -> logout.logoutSuccessHandler(logoutAtIdentityProvider(registrations, signIn)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(signInRequired(signIn))
                        .accessDeniedHandler(accessDenied()))
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterAfter(new RateLimitFilter(rateLimiter), AuthorizationFilter.class)
                .addFilterBefore(new SessionLifetimeFilter(signIn.absoluteSessionLifetime()), AuthorizationFilter.class)
                .addFilterBefore(
                        new FreshSignInFilter(
                                signIn.freshSignInFor(), signIn.freshSignInWithin(), pagesOnly(), signIn.signInPath()),
                        AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()));
        return http.build();
    }

    /** The registrations of {@code spring.security.oauth2.client.*}, discovered at the first sign-in. */
    @Bean
    ClientRegistrationRepository clientRegistrationRepository(
            OAuth2ClientProperties properties, SignInSettings signIn) {
        return new DiscoveredClientRegistrations(properties, signIn.registrationId());
    }

    /** Tokens live in the person's session only: gone at logout or when the session expires. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Used by the token relay: hands out the session's access token, refreshed when it is about to expire. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    private static AuthenticationEntryPoint signInRequired(SignInSettings signIn) {
        AuthenticationEntryPoint problem = (request, response, exception) -> Problem.SIGN_IN_REQUIRED.writeTo(response);
        return new DelegatingAuthenticationEntryPoint(
                new LoginUrlAuthenticationEntryPoint(signIn.signInPath()), new RequestMatcherEntry<>(API, problem));
    }

    private static AccessDeniedHandler accessDenied() {
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(API, (request, response, exception) -> Problem.FORBIDDEN.writeTo(response));
        return new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
    }

    /** After sign-in a person returns to the page they asked for; API calls are never remembered. */
    private static HttpSessionRequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(new OrRequestMatcher(API, ACTUATOR))));
        return cache;
    }

    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookiePath("/");
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return repository;
    }

    private static OidcClientInitiatedLogoutSuccessHandler logoutAtIdentityProvider(
            ClientRegistrationRepository registrations, SignInSettings signIn) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri(signIn.postLogoutRedirectUri());
        return handler;
    }
}
