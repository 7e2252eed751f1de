package dk.infohus.platform.kafka;

import dk.infohus.contracts.InvalidEvent;
import dk.infohus.contracts.Topics;
import dk.infohus.platform.InfohusPlatformProperties;
import dk.infohus.platform.domain.IllegalTransition;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * What happens to a record a listener cannot process: bounded retries with growing pauses, then the
 * explicitly named dead-letter topic {@code <topic>.dlt}, and the consumer moves on. A record that
 * breaks its contract, or asks for a transition the aggregate refuses, is not
 * retried at all.
 */
public final class DeadLetters {

    private DeadLetters() {}

    public static DefaultErrorHandler errorHandler(
            KafkaTemplate<String, byte[]> template, InfohusPlatformProperties.Kafka settings) {
        var recoverer = new DeadLetterPublishingRecoverer(
                template,
                // partition -1: let the key (the case id) choose, since the dead-letter topic is ours to size
                (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        var backOff = new ExponentialBackOffWithMaxRetries(settings.retries());
        backOff.setInitialInterval(settings.initialBackOff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(settings.maxBackOff().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEvent.class, IllegalTransition.class);
        return handler;
    }
}
