package dk.infohus.webui;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The page layer in every application that has it on its classpath:
 *
 * <ul>
 *   <li>the language: Danish, English on {@code lang=en} ({@link PageLanguage});
 *   <li>{@code page} ({@link PageContext}) in every view's model;
 *   <li>the base message bundle {@code web-ui/messages} (skip link, language switch, error summary, the
 *       staff header, roles, error pages) under the application's own {@code messages}: a key the
 *       application's bundle has wins, any other comes from the base;
 *   <li>the error page a browser gets for an error no page controller answered ({@link ErrorPages}).
 * </ul>
 *
 * The templates ({@code templates/web-ui/layout.html}) and the styles ({@code static/web-ui/}, served at
 * {@code /web-ui/}) need no configuration.
 */
@AutoConfiguration(
        before = {WebMvcAutoConfiguration.class},
        after = MessageSourceAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebUiAutoConfiguration {

    /** The base bundle's name: {@code web-ui/messages.properties} and {@code web-ui/messages_en.properties}. */
    public static final String BASE_MESSAGES = "web-ui/messages";

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    @ConditionalOnMissingBean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return PageLanguage.resolver();
    }

    @Bean
    WebMvcConfigurer webUiPageContext() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new PageContextInterceptor());
            }
        };
    }

    /** A page the servlet container's error dispatch shows a browser (the platform's error controller asks). */
    @Bean
    ErrorPages webUiErrorPages(MessageSource messageSource) {
        return new ErrorPages(messageSource);
    }

    /** An application without a bundle of its own (Spring Boot then makes none) gets the base bundle. */
    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    @ConditionalOnMissingBean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource() {
        return baseMessages();
    }

    /** The application's bundle gets the base bundle as its parent, unless it has a parent already. */
    @Bean
    static BeanPostProcessor webUiBaseMessages() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName)
                        && bean instanceof HierarchicalMessageSource messages
                        && messages.getParentMessageSource() == null
                        && !(bean instanceof BaseMessages)) {
                    messages.setParentMessageSource(baseMessages());
                }
                if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName)
                        && bean instanceof AbstractResourceBasedMessageSource bundle) {
                    // Danish unless English is asked for: never the machine's own language instead
                    bundle.setFallbackToSystemLocale(false);
                }
                return bean;
            }
        };
    }

    static MessageSource baseMessages() {
        BaseMessages base = new BaseMessages();
        base.setBasename(BASE_MESSAGES);
        base.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // Danish (messages.properties) unless English is asked for, whatever the machine's own language
        base.setFallbackToSystemLocale(false);
        return base;
    }

    /** The base bundle itself, which gets no parent. */
    static final class BaseMessages extends ResourceBundleMessageSource {}
}
