package dk.infohus.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.contracts.EventJson;
import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.InvalidEvent;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.screening.ConcernNotPresented;
import dk.infohus.contracts.screening.PoliceCheckCleared;
import dk.infohus.contracts.screening.PoliceCheckOpened;
import dk.infohus.platform.outbox.Outbox;
import dk.infohus.platform.outbox.OutboxMessage;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class EventHandlersTest {

    private static final EventJson JSON = new EventJson();
    private static final CloudEventCodec CODEC = new CloudEventCodec(JSON, URI.create("/infohus/test"));
    private static final Outbox OUTBOX = new Outbox(JSON);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final List<String> handled = new ArrayList<>();

    private final EventHandlers handlers = EventHandlers.reading(CODEC)
            .on(PoliceCheckOpened.class, (opened, eventId) -> handled.add("opened " + opened.caseId() + " " + eventId))
            .on(ConcernNotPresented.class, (notPresented, eventId) -> handled.add("not presented " + eventId))
            .build();

    @Test
    void anEventIsHandedToTheHandlerOfItsTypeWithItsId() {
        UUID caseId = UUID.randomUUID();
        OutboxMessage message = OUTBOX.messageFor(new PoliceCheckOpened(caseId, "657", NOW, true));

        assertThat(handlers.dispatch(consumed(CODEC.toRecord(message)))).isTrue();

        assertThat(handled).containsExactly("opened " + caseId + " " + message.eventId());
    }

    @Test
    void aContractTypeWithoutAHandlerHereIsSkipped() {
        OutboxMessage message = OUTBOX.messageFor(new PoliceCheckCleared(UUID.randomUUID(), "657", NOW, "TWA001"));

        assertThat(handlers.dispatch(consumed(CODEC.toRecord(message)))).isFalse();

        assertThat(handled).isEmpty();
    }

    @Test
    void aTypeTheContractsDoNotKnowIsInvalidSoItGoesToTheDeadLetters() {
        OutboxMessage opened = OUTBOX.messageFor(new PoliceCheckOpened(UUID.randomUUID(), "657", NOW, true));
        ProducerRecord<String, byte[]> record = CODEC.toRecord(opened);
        record.headers().remove("ce_type");
        record.headers().add("ce_type", "dk.infohus.screening.police-check-opened.v2".getBytes());

        assertThatThrownBy(() -> handlers.dispatch(consumed(record)))
                .isInstanceOf(InvalidEvent.class)
                .hasMessageContaining("unknown event type");
        assertThat(handled).isEmpty();
    }

    @Test
    void aTypeOnAnotherTopicThanItsOwnIsInvalid() {
        OutboxMessage opened = OUTBOX.messageFor(new PoliceCheckOpened(UUID.randomUUID(), "657", NOW, true));
        ProducerRecord<String, byte[]> record = CODEC.toRecord(opened);
        var elsewhere =
                new ProducerRecord<>(Topics.INTAKE_CONCERN, null, record.key(), record.value(), record.headers());

        assertThatThrownBy(() -> handlers.dispatch(consumed(elsewhere)))
                .isInstanceOf(InvalidEvent.class)
                .hasMessageContaining(Topics.INTAKE_CONCERN);
        assertThat(handled).isEmpty();
    }

    @Test
    void aRecordThatIsNoCloudEventIsInvalid() {
        var poison = new ProducerRecord<String, byte[]>(
                Topics.SCREENING_POLICE_CHECK, UUID.randomUUID().toString(), "{not a cloud event".getBytes());

        assertThatThrownBy(() -> handlers.dispatch(consumed(poison))).isInstanceOf(InvalidEvent.class);
        assertThat(handled).isEmpty();
    }

    @Test
    void aHandlerIsRegisteredOncePerContractType() {
        var builder = EventHandlers.reading(CODEC).on(PoliceCheckOpened.class, (event, id) -> {});

        assertThatThrownBy(() -> builder.on(PoliceCheckOpened.class, (event, id) -> {}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventHandlers.reading(CODEC).on(NotAContractEvent.class, (event, id) -> {}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventHandlers.reading(CODEC).build()).isInstanceOf(IllegalStateException.class);
        assertThat(handlers.handledTypes())
                .containsExactlyInAnyOrder(PoliceCheckOpened.class, ConcernNotPresented.class);
    }

    record NotAContractEvent(UUID caseId, String municipality, Instant occurredAt) implements InfohusEvent {}

    private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> sent) {
        var record = new ConsumerRecord<>(sent.topic(), 0, 0L, sent.key(), sent.value());
        sent.headers().forEach(header -> record.headers().add(header));
        return record;
    }
}
