package dk.infohus.gateway.workspace;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the workspace waits for a service's count ({@code infohus.gateway.workspace.*}): short, since the
 * start page shows the other cards and "cannot be read right now" rather than wait.
 */
@ConfigurationProperties("infohus.gateway.workspace")
public record WorkspaceSettings(
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("2s") Duration readTimeout) {}
