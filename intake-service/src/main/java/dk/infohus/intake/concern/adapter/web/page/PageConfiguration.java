package dk.infohus.intake.concern.adapter.web.page;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pages: their settings and their errors as pages; their language is the page layer's (web-ui). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageProperties.class)
class PageConfiguration {

    @Bean
    UnverifiedSubmissions unverifiedSubmissions(PageProperties properties, Clock clock) {
        return new UnverifiedSubmissions(properties.unverifiedSubmissionsPerHour(), clock);
    }

    @Bean
    PageErrors.FailedPages failedPages(PageProperties properties, MessageSource messageSource) {
        return new PageErrors.FailedPages(properties, messageSource);
    }

    @Bean
    PageErrors.UnreadableForms unreadableForms(PageProperties properties) {
        return new PageErrors.UnreadableForms(properties);
    }
}
