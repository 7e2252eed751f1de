package dk.infohus.platform.events;

import static java.nio.charset.StandardCharsets.UTF_8;

import dk.infohus.contracts.EventJson;
import dk.infohus.contracts.EventType;
import dk.infohus.contracts.InvalidEvent;
import dk.infohus.platform.outbox.OutboxMessage;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * CloudEvents in binary mode on Kafka: the attributes travel as {@code ce_*} headers, the data as
 * JSON in the record value, the case id as the record key.
 */
public final class CloudEventCodec {

    private static final String JSON = "application/json";

    private final EventJson json;
    private final URI source;

    public CloudEventCodec(EventJson json, URI source) {
        this.json = json;
        this.source = source;
    }

    public ProducerRecord<String, byte[]> toRecord(OutboxMessage message) {
        EventType type = EventType.named(message.type())
                .orElseThrow(() -> new IllegalStateException("outbox holds an unknown type " + message.type()));
        CloudEvent event = CloudEventBuilder.v1()
                .withId(message.eventId())
                .withSource(source)
                .withType(message.type())
                .withSubject(message.key())
                .withTime(message.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataSchema(type.dataSchema())
                .withDataContentType(JSON)
                .withData(message.data().getBytes(UTF_8))
                .build();
        return KafkaMessageFactory.createWriter(message.topic(), message.key()).writeBinary(event);
    }

    /** Reads and checks a record; an {@link InvalidEvent} cannot be mended by retrying. */
    public IncomingEvent read(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new InvalidEvent("record is not a CloudEvent in binary mode", e);
        }
        if (event.getData() == null) {
            throw new InvalidEvent("CloudEvent " + event.getId() + " has no data", List.of());
        }
        if (event.getDataContentType() != null && !event.getDataContentType().startsWith(JSON)) {
            throw new InvalidEvent("CloudEvent " + event.getId() + " is not JSON", List.of());
        }
        var data = json.read(event.getType(), event.getData().toBytes());
        if (record.key() != null && !record.key().equals(data.caseId().toString())) {
            throw new InvalidEvent("record key differs from the event's case id", List.of());
        }
        return new IncomingEvent(
                event.getId(),
                event.getSource(),
                EventType.named(event.getType()).orElseThrow(),
                data);
    }
}
