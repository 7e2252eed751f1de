package dk.infohus.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the shared plumbing, under {@code infohus.*}.
 *
 * @param kafka topics and retries
 * @param outbox relay and sweep
 * @param web request limits
 */
@ConfigurationProperties("infohus")
public record InfohusPlatformProperties(
        @DefaultValue Kafka kafka,
        @DefaultValue OutboxSettings outbox,
        @DefaultValue Web web) {

    /**
     * @param partitions partitions of every topic this service owns (a case's events share one)
     * @param replicas replication factor: 1 on a single broker, 3 on a cluster
     * @param retries how often a failing record is retried before it goes to the dead-letter topic
     * @param initialBackOff first pause between retries; it doubles each time
     * @param maxBackOff longest pause between retries
     */
    public record Kafka(
            @DefaultValue("3") int partitions,
            @DefaultValue("1") short replicas,
            @DefaultValue("3") int retries,
            @DefaultValue("200ms") Duration initialBackOff,
            @DefaultValue("2s") Duration maxBackOff) {}

    /**
     * @param ackTimeout how long the relay waits for Kafka's acknowledgement
     * @param sweepInterval how often the sweep looks for messages left behind
     * @param sweepGrace how old a message must be before the sweep takes it
     * @param sweepBatch documents per type and sweep
     * @param relayThreads threads publishing outboxes right after writes
     * @param relayQueue writes waiting for a relay thread; beyond it the sweep takes over
     */
    public record OutboxSettings(
            @DefaultValue("5s") Duration ackTimeout,
            @DefaultValue("4") int relayThreads,
            @DefaultValue("10000") int relayQueue,
            @DefaultValue("5s") Duration sweepInterval,
            @DefaultValue("10s") Duration sweepGrace,
            @DefaultValue("200") int sweepBatch) {}

    /**
     * @param maxBodySize largest request body the API accepts
     * @param maxUploadSize largest {@code multipart/form-data} body (file uploads); 0 means the same as
     *     {@code maxBodySize}
     */
    public record Web(
            @DefaultValue("64KB") DataSize maxBodySize,
            @DefaultValue("0") DataSize maxUploadSize) {

        /** The limit of a multipart body in bytes: {@code maxUploadSize}, or {@code maxBodySize} when 0. */
        public long uploadLimit() {
            return maxUploadSize.toBytes() > 0 ? maxUploadSize.toBytes() : maxBodySize.toBytes();
        }
    }
}
