package dk.infohus.screening.policecheck.adapter.kafka;

import dk.infohus.contracts.Topics;
import dk.infohus.contracts.intake.ConcernReceived;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.events.EventHandlers;
import dk.infohus.screening.policecheck.application.PoliceScreening;
import dk.infohus.screening.policecheck.domain.ConcernDetails;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import dk.infohus.screening.policecheck.domain.SubjectKind;
import io.micrometer.core.annotation.Timed;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Opens a police check for every concern intake receives, translating intake's event at the edge. */
@Component
class IntakeEvents {

    private final PoliceScreening screening;
    private final EventHandlers handlers;

    IntakeEvents(CloudEventCodec codec, PoliceScreening screening) {
        this.screening = screening;
        this.handlers = EventHandlers.reading(codec)
                .on(ConcernReceived.class, this::open)
                .build();
    }

    @KafkaListener(id = "screening-intake-events", topics = Topics.INTAKE_CONCERN)
    @Timed("infohus.screening.intake-events")
    void on(ConsumerRecord<String, byte[]> record) {
        handlers.dispatch(record);
    }

    private void open(ConcernReceived received, String eventId) {
        screening.open(
                new PoliceCheckId(received.caseId()),
                new ConcernDetails(
                        received.municipality(),
                        received.acute(),
                        SubjectKind.valueOf(received.subjectKind()),
                        received.concernSigns(),
                        received.occurredAt(),
                        received.subject(),
                        received.earlierConcerns()),
                eventId);
    }
}
