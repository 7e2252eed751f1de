package dk.infohus.intake.concern.adapter.kafka;

import dk.infohus.contracts.Topics;
import dk.infohus.contracts.screening.ConcernNotPresented;
import dk.infohus.contracts.screening.PoliceCheckOpened;
import dk.infohus.intake.concern.application.ConcernIntake;
import dk.infohus.intake.concern.domain.ConcernId;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.events.IncomingEvent;
import io.micrometer.core.annotation.Timed;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the status a reporter sees in step with screening. */
@Component
class ScreeningEvents {

    private final CloudEventCodec codec;
    private final ConcernIntake intake;

    ScreeningEvents(CloudEventCodec codec, ConcernIntake intake) {
        this.codec = codec;
        this.intake = intake;
    }

    @KafkaListener(id = "intake-screening-events", topics = Topics.SCREENING_POLICE_CHECK)
    @Timed("infohus.intake.screening-events")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent incoming = codec.read(record);
        if (incoming.event() instanceof PoliceCheckOpened opened) {
            intake.startHandling(new ConcernId(opened.caseId()), incoming.id());
        } else if (incoming.event() instanceof ConcernNotPresented notPresented) {
            intake.close(new ConcernId(notPresented.caseId()), incoming.id());
        }
    }
}
