package dk.infohus.intake.concern.adapter.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of intake's REST endpoints for partner systems, served at
 * {@code /openapi/intake} (springdoc reads the controllers; see application.yml for what it covers).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI intakeApi() {
        return new OpenAPI()
                .info(new Info().title("Infohus intake").version("v1").description("""
                                Concerns about a person or group drifting into extremism, reported to a municipality. \
                                A citizen may report without a token; staff, partners and their systems send \
                                an access token of the municipality's identity provider and report as themselves. \
                                Send an Idempotency-Key (16 to 100 letters, digits, - or _, e.g. a UUID) so that \
                                a retried call makes one concern. A key is its sender's own: a signed-in \
                                sender's, or without a token bound to the body; the same key with another \
                                body is a 422 problem naming the Idempotency-Key header. Errors are RFC 9457 \
                                problem details naming the field."""))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
