package dk.infohus.referral.referral.adapter.kafka;

import dk.infohus.contracts.Topics;
import dk.infohus.contracts.assessment.RecommendationMade;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.events.EventHandlers;
import dk.infohus.referral.referral.application.ReferralManagement;
import dk.infohus.referral.referral.domain.CaseId;
import io.micrometer.core.annotation.Timed;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Refers a case to the departments as soon as Infohus recommends them. */
@Component
class AssessmentEvents {

    private final EventHandlers handlers;

    AssessmentEvents(CloudEventCodec codec, ReferralManagement management) {
        this.handlers = EventHandlers.reading(codec)
                .on(
                        RecommendationMade.class,
                        (recommended, eventId) -> management.recommend(
                                new CaseId(recommended.caseId()),
                                recommended.municipality(),
                                recommended.departments(),
                                recommended.focusDimensions(),
                                eventId))
                .build();
    }

    @KafkaListener(id = "referral-assessment-events", topics = Topics.ASSESSMENT_INFOHUS_CASE)
    @Timed("infohus.referral.assessment-events")
    void on(ConsumerRecord<String, byte[]> record) {
        handlers.dispatch(record);
    }
}
