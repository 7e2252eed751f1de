package dk.infohus.notification.followup.adapter;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Time the tests move forward, so that a follow-up falls due without waiting two weeks. Every
 * integration test of the service imports it, with the same properties, so that they share one context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ControlledTime {

    /** The check runs often, so a reminder falls due soon after the clock passed its due time. */
    public static final String QUICK_CHECK = "infohus.follow-up.check-interval=200ms";

    @Bean
    @Primary
    AdjustableClock adjustableClock() {
        return new AdjustableClock();
    }
}
