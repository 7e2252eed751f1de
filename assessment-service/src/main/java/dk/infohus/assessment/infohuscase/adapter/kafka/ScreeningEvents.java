package dk.infohus.assessment.infohuscase.adapter.kafka;

import dk.infohus.assessment.infohuscase.application.InfohusAssessment;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseId;
import dk.infohus.assessment.infohuscase.domain.SubjectKind;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.screening.ConcernPresentedToInfohus;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.events.IncomingEvent;
import io.micrometer.core.annotation.Timed;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Opens an Infohus case for each concern the coordinators present; the rest of screening is not ours. */
@Component
class ScreeningEvents {

    private final CloudEventCodec codec;
    private final InfohusAssessment assessment;

    ScreeningEvents(CloudEventCodec codec, InfohusAssessment assessment) {
        this.codec = codec;
        this.assessment = assessment;
    }

    @KafkaListener(id = "assessment-screening-events", topics = Topics.SCREENING_POLICE_CHECK)
    @Timed("infohus.assessment.screening-events")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent incoming = codec.read(record);
        if (incoming.event() instanceof ConcernPresentedToInfohus presented) {
            assessment.open(
                    new InfohusCaseId(presented.caseId()),
                    presented.municipality(),
                    SubjectKind.valueOf(presented.subjectKind()),
                    presented.subject(),
                    presented.occurredAt(),
                    presented.municipalCoordinator(),
                    presented.policeCoordinator(),
                    incoming.id());
        }
        // police checks opened, cleared or taken over, and concerns not presented, never reach Infohus
    }
}
