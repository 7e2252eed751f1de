package dk.infohus.platform.outbox;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document to be published. It is written in the same document
 * write as the state change that caused it, and removed once Kafka has acknowledged it.
 *
 * @param eventId the CloudEvent id, fixed when the event is caused, so a re-publish is recognisably the same
 * @param type the CloudEvents type name
 * @param key the case id: the Kafka key and the CloudEvent subject
 * @param data the event's JSON data, already checked against its schema
 */
public record OutboxMessage(String eventId, String type, String topic, String key, Instant occurredAt, String data) {}
