package dk.infohus.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import dk.infohus.contracts.EventJson;
import dk.infohus.contracts.EventType;
import dk.infohus.contracts.InfohusEvent;
import java.util.List;
import java.util.UUID;

/** Turns the events an aggregate returned into outbox messages, checking each against its schema. */
public final class Outbox {

    private final EventJson json;

    public Outbox(EventJson json) {
        this.json = json;
    }

    public List<OutboxMessage> messagesFor(List<? extends InfohusEvent> events) {
        return events.stream().map(this::messageFor).toList();
    }

    public OutboxMessage messageFor(InfohusEvent event) {
        EventType type = EventType.of(event);
        return new OutboxMessage(
                UUID.randomUUID().toString(),
                type.typeName(),
                type.topic(),
                event.caseId().toString(),
                event.occurredAt(),
                new String(json.write(event), UTF_8));
    }
}
