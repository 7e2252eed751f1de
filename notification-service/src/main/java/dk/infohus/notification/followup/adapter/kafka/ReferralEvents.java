package dk.infohus.notification.followup.adapter.kafka;

import dk.infohus.contracts.Topics;
import dk.infohus.contracts.referral.ReferralAcknowledged;
import dk.infohus.contracts.referral.ReferralClosed;
import dk.infohus.contracts.referral.ReferralIssued;
import dk.infohus.notification.followup.application.FollowUpManagement;
import dk.infohus.notification.followup.domain.CaseId;
import dk.infohus.notification.followup.domain.ReferralId;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.events.EventHandlers;
import io.micrometer.core.annotation.Timed;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Follows the referral service: a referral issued notifies its department and schedules its follow-up;
 * an acknowledgement marks the notification read; a closed referral cancels an open reminder.
 */
@Component
class ReferralEvents {

    private final EventHandlers handlers;

    ReferralEvents(CloudEventCodec codec, FollowUpManagement followUps) {
        this.handlers = EventHandlers.reading(codec)
                .on(
                        ReferralIssued.class,
                        (issued, eventId) -> followUps.referralIssued(
                                new ReferralId(issued.referralId()),
                                new CaseId(issued.caseId()),
                                issued.municipality(),
                                issued.department(),
                                issued.occurredAt(),
                                eventId))
                .on(
                        ReferralAcknowledged.class,
                        (acknowledged, eventId) -> followUps.referralAcknowledged(
                                new ReferralId(acknowledged.referralId()),
                                acknowledged.caseworker(),
                                acknowledged.occurredAt(),
                                eventId))
                .on(
                        ReferralClosed.class,
                        (closed, eventId) -> followUps.referralClosed(
                                new ReferralId(closed.referralId()), closed.occurredAt(), eventId))
                .build();
    }

    @KafkaListener(id = "notification-referral-events", topics = Topics.REFERRAL_REFERRAL)
    @Timed("infohus.notification.referral-events")
    void on(ConsumerRecord<String, byte[]> record) {
        handlers.dispatch(record);
    }
}
