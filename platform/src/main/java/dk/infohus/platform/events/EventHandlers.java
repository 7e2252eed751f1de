package dk.infohus.platform.events;

import dk.infohus.contracts.EventType;
import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.InvalidEvent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a service consumes: reads a record as a CloudEvent, checks it against its contract, and
 * hands it to the handler registered for its type, with the event's id for the apply-once write.
 *
 * <pre>{@code
 * handlers = EventHandlers.reading(codec).on(ConcernReceived.class, this::open).build();
 *
 * @KafkaListener(id = "...", topics = Topics.INTAKE_CONCERN)
 * void on(ConsumerRecord<String, byte[]> record) { handlers.dispatch(record); }
 * }</pre>
 *
 * <p>What is not handled, the same in every service:
 *
 * <ul>
 *   <li>A record that is no CloudEvent, breaks its type's schema, has a type the contracts do not know,
 *       or carries a type on a topic that is not that type's, throws {@link InvalidEvent}: the platform's
 *       error handler ({@code DeadLetters}) sends it to the topic's dead-letter topic at once, without
 *       retrying. An unknown type is dead-lettered, not skipped, because it cannot be checked: it is a
 *       newer producer or a fault, and either way a person must see it, and it can be replayed once this
 *       service knows the type.
 *   <li>A type the contracts know, on its own topic, that this service has no handler for is skipped
 *       with a debug line. A topic carries all of its producer's events for all of its consumers
 *       (assessment reads one of screening's five), so such a record is normal, not a fault.
 * </ul>
 *
 * The case id is in every log line while a record is handled ({@code CaseLogging}), and the trace of the
 * producing request goes along with the record headers.
 */
public final class EventHandlers {

    private static final Logger log = LoggerFactory.getLogger(EventHandlers.class);

    /** Handles one event type; {@code eventId} is the CloudEvent id, stored in the same write as the effect. */
    @FunctionalInterface
    public interface Handler<E extends InfohusEvent> {
        void handle(E event, String eventId);
    }

    private final CloudEventCodec codec;
    private final Map<Class<? extends InfohusEvent>, Handler<? extends InfohusEvent>> handlers;

    private EventHandlers(
            CloudEventCodec codec, Map<Class<? extends InfohusEvent>, Handler<? extends InfohusEvent>> handlers) {
        this.codec = codec;
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder reading(CloudEventCodec codec) {
        return new Builder(codec);
    }

    /** The event types handled. */
    public Set<Class<? extends InfohusEvent>> handledTypes() {
        return handlers.keySet();
    }

    /**
     * Reads, checks and dispatches one record.
     *
     * @return true if a handler took it, false if it was skipped as not this service's
     * @throws InvalidEvent if the record breaks its contract (goes to the dead letters without retries)
     */
    public boolean dispatch(ConsumerRecord<String, byte[]> record) {
        IncomingEvent incoming = codec.read(record);
        EventType type = incoming.type();
        if (!type.topic().equals(record.topic())) {
            throw new InvalidEvent(type.typeName() + " does not belong on topic " + record.topic(), List.of());
        }
        Handler<? extends InfohusEvent> handler = handlers.get(type.recordType());
        if (handler == null) {
            log.debug("Event {} of type {} is not for this service; skipped", incoming.id(), type.typeName());
            return false;
        }
        handle(handler, incoming);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static <E extends InfohusEvent> void handle(Handler<E> handler, IncomingEvent incoming) {
        // registered by the record type of its event type, so the cast holds
        handler.handle((E) incoming.event(), incoming.id());
    }

    public static final class Builder {

        private final CloudEventCodec codec;
        private final Map<Class<? extends InfohusEvent>, Handler<? extends InfohusEvent>> handlers =
                new LinkedHashMap<>();

        private Builder(CloudEventCodec codec) {
            this.codec = codec;
        }

        /**
         * Handles events of this contract type.
         *
         * @throws IllegalArgumentException if the type is not in the contracts or has a handler already
         */
        public <E extends InfohusEvent> Builder on(Class<E> type, Handler<E> handler) {
            if (Arrays.stream(EventType.values()).noneMatch(known -> known.recordType() == type)) {
                throw new IllegalArgumentException(type.getName() + " is no event type of the contracts");
            }
            if (handlers.putIfAbsent(type, handler) != null) {
                throw new IllegalArgumentException("two handlers for " + type.getName());
            }
            return this;
        }

        public EventHandlers build() {
            if (handlers.isEmpty()) {
                throw new IllegalStateException("no handler registered");
            }
            return new EventHandlers(codec, handlers);
        }
    }
}
