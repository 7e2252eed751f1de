package dk.infohus.platform;

import dk.infohus.platform.audit.AuditController;
import dk.infohus.platform.audit.AuditInterceptor;
import dk.infohus.platform.audit.AuditTrail;
import dk.infohus.platform.audit.AuditedResponses;
import dk.infohus.platform.security.AccessInterceptor;
import dk.infohus.platform.security.Callers;
import dk.infohus.platform.security.InfohusClaimsValidator;
import dk.infohus.platform.security.RecordVisibility;
import dk.infohus.platform.web.PlainProblems;
import dk.infohus.platform.web.ProblemResponses;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server that validates the caller's JWT itself (issuer, audience
 * {@code infohus}, signature, expiry, and the Infohus claims), never trusting the gateway alone. Who may
 * use an endpoint is declared on it with {@code @Allow}; which records they see, the use case decides.
 * Every API request is audited.
 */
@AutoConfiguration(before = InfohusPlatformAutoConfiguration.class)
public class InfohusSecurityAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InfohusSecurityAutoConfiguration.class);

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses(JsonMapper.builder().build());
    }

    @Bean
    SecurityFilterChain infohusApiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // who may use an endpoint is declared on it (@Allow) and enforced by AccessInterceptor;
                        // a bearer token, when sent, is always validated first, also on public endpoints
                        .anyRequest()
                        .permitAll())
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint((request, response, failure) -> {
                            // why, never the token (ASVS 5.0 V16.3.1); not the path either: it may hold a receipt code
                            log.info("Refused a bearer token: {}", failure.getMessage());
                            problems.write(
                                    response,
                                    ProblemResponses.problem(
                                            HttpStatus.UNAUTHORIZED,
                                            "unauthorized",
                                            "Sign in",
                                            "The access token is missing, expired or not valid here."));
                        }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // bearer tokens, no cookies: there is no ambient credential for a cross-site request to ride on
                .csrf(csrf -> csrf.disable())
                .headers(Customizer.withDefaults());
        return http.build();
    }

    /**
     * A request Spring Security's firewall refuses (an encoded dot or slash, a {@code ;jsessionid}, a control
     * character in a header): a plain 400, not the container's error page with the firewall's reason.
     */
    @Bean
    RequestRejectedHandler problemForRejectedRequests(ProblemResponses problems) {
        return (request, response, rejected) -> problems.write(response, PlainProblems.badRequest());
    }

    @Bean
    OAuth2TokenValidator<Jwt> infohusClaimsValidator() {
        return new InfohusClaimsValidator();
    }

    /**
     * The issuer this service trusts, checked on every token whichever way its key is found (the issuer's
     * JWKS in a run, a public key file in tests). No issuer configured: no token is valid.
     */
    @Bean
    OAuth2TokenValidator<Jwt> infohusIssuerValidator(
            @Value("${infohus.security.issuer:${spring.security.oauth2.resourceserver.jwt.issuer-uri:}}")
                    String issuer) {
        if (issuer.isBlank()) {
            return token -> OAuth2TokenValidatorResult.failure(
                    new OAuth2Error("invalid_token", "no trusted issuer is configured", null));
        }
        return new JwtIssuerValidator(issuer);
    }

    @Bean
    AuditTrail auditTrail(MongoTemplate mongo, Clock clock) {
        return new AuditTrail(mongo, clock);
    }

    @Bean
    AuditController auditController(AuditTrail trail, ObjectProvider<RecordVisibility> visibility) {
        // a service that does not say which records a caller may see shows no audit list at all
        return new AuditController(trail, visibility.getIfAvailable(() -> (record, caller) -> false));
    }

    /**
     * Holds every answer back until its audit entry is written (or answers 503). Inside the tracing
     * filter, outside Spring Security, so that the security headers are part of what it holds.
     */
    @Bean
    FilterRegistrationBean<AuditedResponses> auditedResponses(AuditTrail trail, ProblemResponses problems) {
        var registration = new FilterRegistrationBean<>(new AuditedResponses(trail, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    AuditAnchorSchedule auditAnchorSchedule(AuditTrail trail, @Value("${spring.application.name}") String service) {
        return new AuditAnchorSchedule(trail, service);
    }

    /**
     * Writes the audit chain's head to the log on an interval ({@code infohus.audit.anchor-interval}), so
     * that the head is kept outside the database, where rewriting the trail does not reach.
     */
    static class AuditAnchorSchedule {
        private static final Logger log = LoggerFactory.getLogger(AuditAnchorSchedule.class);
        private final AuditTrail trail;
        private final String service;

        AuditAnchorSchedule(AuditTrail trail, String service) {
            this.trail = trail;
            this.service = service;
        }

        @Scheduled(
                fixedDelayString = "${infohus.audit.anchor-interval:5m}",
                initialDelayString = "${infohus.audit.anchor-interval:5m}")
        void anchor() {
            try {
                AuditTrail.Anchor anchor = trail.anchor();
                if (anchor != null) {
                    log.info("AUDIT ANCHOR {} {}", service, anchor);
                }
            } catch (RuntimeException e) {
                log.warn("AUDIT ANCHOR not taken for {}: {}", service, e.toString());
            }
        }
    }

    @Bean
    WebMvcConfigurer infohusAccess(
            ProblemResponses problems, @Value("${infohus.security.page-paths:}") List<String> pagePaths) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                // audit first: the entry is prepared also for a request the access check refuses
                // every handler: API requests always, others when @Audited (pages that create or show a record)
                registry.addInterceptor(new AuditInterceptor(problems));
                // the API, and the pages a service serves (where a page without @Allow is closed too)
                registry.addInterceptor(new AccessInterceptor(problems))
                        .addPathPatterns("/api/**")
                        .addPathPatterns(pagePaths.stream()
                                .filter(path -> !path.isBlank())
                                .toList());
            }

            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new Callers());
            }
        };
    }
}
