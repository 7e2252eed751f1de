package dk.infohus.intake.concern.adapter.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/** The pages: their settings, their language, who may use them, and their errors as pages. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageProperties.class)
class PageConfiguration {

    @Bean
    UnverifiedSubmissions unverifiedSubmissions(PageProperties properties, Clock clock) {
        return new UnverifiedSubmissions(properties.unverifiedSubmissionsPerHour(), clock);
    }

    /** Danish, or English when the request says {@code lang=en}; no cookie, no session, no header. */
    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return PageContext.localeOf(request);
            }

            @Override
            public void setLocale(
                    HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
                throw new UnsupportedOperationException("the language is chosen by the lang parameter");
            }
        };
    }

    @Bean
    PageErrors.UnreadableForms unreadableForms(PageProperties properties) {
        return new PageErrors.UnreadableForms(properties);
    }
}
