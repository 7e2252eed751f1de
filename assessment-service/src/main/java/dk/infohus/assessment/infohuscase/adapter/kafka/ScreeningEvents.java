package dk.infohus.assessment.infohuscase.adapter.kafka;

import dk.infohus.assessment.infohuscase.application.InfohusAssessment;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseId;
import dk.infohus.assessment.infohuscase.domain.SubjectKind;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.screening.ConcernHandedOverToInfohus;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.events.EventHandlers;
import io.micrometer.core.annotation.Timed;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Opens an Infohus case for each concern the coordinators present, from the hand-over topic that only
 * assessment reads; the police-facing topic of screening is not ours.
 */
@Component
class ScreeningEvents {

    private final InfohusAssessment assessment;
    private final EventHandlers handlers;

    ScreeningEvents(CloudEventCodec codec, InfohusAssessment assessment) {
        this.assessment = assessment;
        this.handlers = EventHandlers.reading(codec)
                .on(ConcernHandedOverToInfohus.class, this::open)
                .build();
    }

    @KafkaListener(id = "assessment-screening-events", topics = Topics.SCREENING_INFOHUS_HANDOVER)
    @Timed("infohus.assessment.screening-events")
    void on(ConsumerRecord<String, byte[]> record) {
        handlers.dispatch(record);
    }

    private void open(ConcernHandedOverToInfohus presented, String eventId) {
        assessment.open(
                new InfohusCaseId(presented.caseId()),
                presented.municipality(),
                SubjectKind.valueOf(presented.subjectKind()),
                presented.subject(),
                presented.occurredAt(),
                presented.municipalCoordinator(),
                presented.policeCoordinator(),
                eventId);
    }
}
