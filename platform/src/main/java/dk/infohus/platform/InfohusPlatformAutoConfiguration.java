package dk.infohus.platform;

import dk.infohus.contracts.EventJson;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.kafka.CaseLogging;
import dk.infohus.platform.kafka.DeadLetters;
import dk.infohus.platform.kafka.TopicFactory;
import dk.infohus.platform.mongo.MongoPingHealthIndicator;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxRelay;
import dk.infohus.platform.outbox.OutboxSweep;
import dk.infohus.platform.web.CaseLoggingInterceptor;
import dk.infohus.platform.web.FreeText;
import dk.infohus.platform.web.ProblemDetailsAdvice;
import dk.infohus.platform.web.ProblemErrorController;
import dk.infohus.platform.web.ProblemResponses;
import dk.infohus.platform.web.RequestBodyLimit;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the shared plumbing into every service that has this module on its class path. */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"
        },
        // its error controller answers in place of Spring Boot's
        beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@EnableConfigurationProperties(InfohusPlatformProperties.class)
@EnableScheduling
public class InfohusPlatformAutoConfiguration {

    /** What text in a request body may hold, and no numbers read as text or as true/false ({@link FreeText}). */
    @Bean
    JsonMapperBuilderCustomizer infohusFreeText() {
        return FreeText::applyTo;
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }

    @Bean
    CloudEventCodec cloudEventCodec(EventJson eventJson, @Value("${spring.application.name}") String service) {
        return new CloudEventCodec(eventJson, URI.create("/infohus/" + service));
    }

    @Bean
    Outbox outbox(EventJson eventJson) {
        return new Outbox(eventJson);
    }

    @Bean
    CircuitBreaker kafkaCircuitBreaker(MeterRegistry meters) {
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(5))
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        return registry.circuitBreaker("kafka-outbox-relay");
    }

    @Bean
    ThreadPoolTaskExecutor outboxRelayExecutor(InfohusPlatformProperties properties) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("outbox-relay-");
        executor.setCorePoolSize(properties.outbox().relayThreads());
        executor.setMaxPoolSize(properties.outbox().relayThreads());
        executor.setQueueCapacity(properties.outbox().relayQueue());
        // the caller's trace goes along, so one trace id follows a concern through every service
        executor.setTaskDecorator(new ContextPropagatingTaskDecorator());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }

    @Bean
    OutboxRelay outboxRelay(
            MongoTemplate mongo,
            KafkaTemplate<String, byte[]> kafka,
            CloudEventCodec codec,
            CircuitBreaker kafkaCircuitBreaker,
            ThreadPoolTaskExecutor outboxRelayExecutor,
            InfohusPlatformProperties properties) {
        return new OutboxRelay(
                mongo, kafka, codec, kafkaCircuitBreaker, properties.outbox().ackTimeout(), outboxRelayExecutor);
    }

    @Bean
    OutboxSweep outboxSweep(MongoTemplate mongo, OutboxRelay relay, Clock clock, InfohusPlatformProperties properties) {
        var settings = properties.outbox();
        return new OutboxSweep(mongo, relay, clock, settings.sweepGrace(), settings.sweepBatch());
    }

    @Bean
    OutboxSweepSchedule outboxSweepSchedule(OutboxSweep sweep) {
        return new OutboxSweepSchedule(sweep);
    }

    @Bean
    TopicFactory topicFactory(InfohusPlatformProperties properties) {
        return new TopicFactory(
                properties.kafka().partitions(), properties.kafka().replicas());
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(
            KafkaTemplate<String, byte[]> template, InfohusPlatformProperties properties) {
        return DeadLetters.errorHandler(template, properties.kafka());
    }

    @Bean
    CaseLogging caseLogging() {
        return new CaseLogging();
    }

    @Bean
    WebMvcConfigurer caseLoggingForRequests() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new CaseLoggingInterceptor());
            }
        };
    }

    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /** Errors that escape Spring MVC (a filter's, the container's, the firewall's) answer a plain problem too. */
    @Bean
    ProblemErrorController problemErrorController(
            ProblemResponses problems, ObjectProvider<ErrorViewResolver> errorPages) {
        return new ProblemErrorController(problems, errorPages.orderedStream().toList());
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
            InfohusPlatformProperties properties, ProblemResponses problems) {
        var filter = new RequestBodyLimit(
                properties.web().maxBodySize().toBytes(), properties.web().uploadLimit(), problems);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Runs the outbox sweep on its interval; scheduling stays at the edge, the sweep is plain. */
    static class OutboxSweepSchedule {
        private final OutboxSweep sweep;

        OutboxSweepSchedule(OutboxSweep sweep) {
            this.sweep = sweep;
        }

        @Scheduled(
                fixedDelayString = "${infohus.outbox.sweep-interval:5s}",
                initialDelayString = "${infohus.outbox.sweep-interval:5s}")
        void sweep() {
            this.sweep.sweep();
        }
    }
}
