package dk.infohus.platform.kafka;

import dk.infohus.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Declares topics as {@link NewTopic} beans: the topics a service owns, and the dead-letter topic of
 * each topic it consumes.
 */
public final class TopicFactory {

    private final int partitions;
    private final short replicas;

    public TopicFactory(int partitions, short replicas) {
        this.partitions = partitions;
        this.replicas = replicas;
    }

    /** A topic the service produces to. */
    public NewTopic owned(String topic) {
        return TopicBuilder.name(topic)
                .partitions(partitions)
                .replicas(replicas)
                .build();
    }

    /** The dead-letter topic for records of {@code consumedTopic} this service could not process. */
    public NewTopic deadLetterOf(String consumedTopic) {
        return owned(Topics.deadLetterOf(consumedTopic));
    }
}
