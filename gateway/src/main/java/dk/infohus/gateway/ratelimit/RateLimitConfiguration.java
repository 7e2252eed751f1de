package dk.infohus.gateway.ratelimit;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link RateLimiter} of this front door, with the limits of {@code infohus.gateway.rate-limits}
 * and the application's {@link Clock} bean if there is one (tests move it), else the system clock. The
 * security filter chain puts it to work ({@link RateLimitFilter}).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    RateLimiter rateLimiter(RateLimitSettings settings, ObjectProvider<Clock> clock) {
        return new RateLimiter(settings, clock.getIfAvailable(Clock::systemUTC));
    }
}
