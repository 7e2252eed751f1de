package dk.infohus.intake.concern.adapter.kafka;

import dk.infohus.contracts.Topics;
import dk.infohus.contracts.screening.ConcernNotPresented;
import dk.infohus.contracts.screening.PoliceCheckOpened;
import dk.infohus.intake.concern.application.ConcernIntake;
import dk.infohus.intake.concern.domain.ConcernId;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.events.EventHandlers;
import io.micrometer.core.annotation.Timed;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the status a reporter sees in step with screening. */
@Component
class ScreeningEvents {

    private final EventHandlers handlers;

    ScreeningEvents(CloudEventCodec codec, ConcernIntake intake) {
        this.handlers = EventHandlers.reading(codec)
                .on(
                        PoliceCheckOpened.class,
                        (opened, eventId) -> intake.startHandling(new ConcernId(opened.caseId()), eventId))
                .on(
                        ConcernNotPresented.class,
                        (notPresented, eventId) -> intake.close(new ConcernId(notPresented.caseId()), eventId))
                .build();
    }

    @KafkaListener(id = "intake-screening-events", topics = Topics.SCREENING_POLICE_CHECK)
    @Timed("infohus.intake.screening-events")
    void on(ConsumerRecord<String, byte[]> record) {
        handlers.dispatch(record);
    }
}
