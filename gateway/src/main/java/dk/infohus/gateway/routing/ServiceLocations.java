package dk.infohus.gateway.routing;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each service listens ({@code infohus.gateway.services.intake=http://localhost:8081} and so on; in
 * compose {@code INFOHUS_GATEWAY_SERVICES_INTAKE=http://intake-service:8081}).
 */
@ConfigurationProperties("infohus.gateway.services")
public record ServiceLocations(
        @DefaultValue("http://localhost:8081") URI intake,
        @DefaultValue("http://localhost:8082") URI screening,
        @DefaultValue("http://localhost:8083") URI assessment,
        @DefaultValue("http://localhost:8084") URI referral,
        @DefaultValue("http://localhost:8085") URI notification) {

    public URI of(Backend backend) {
        return switch (backend) {
            case INTAKE -> intake;
            case SCREENING -> screening;
            case ASSESSMENT -> assessment;
            case REFERRAL -> referral;
            case NOTIFICATION -> notification;
        };
    }
}
