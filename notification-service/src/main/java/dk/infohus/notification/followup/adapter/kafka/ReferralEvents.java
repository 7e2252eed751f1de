package dk.infohus.notification.followup.adapter.kafka;

import dk.infohus.contracts.Topics;
import dk.infohus.contracts.referral.ReferralAcknowledged;
import dk.infohus.contracts.referral.ReferralClosed;
import dk.infohus.contracts.referral.ReferralIssued;
import dk.infohus.notification.followup.application.FollowUpManagement;
import dk.infohus.notification.followup.domain.CaseId;
import dk.infohus.notification.followup.domain.ReferralId;
import dk.infohus.platform.events.CloudEventCodec;
import dk.infohus.platform.events.IncomingEvent;
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

    private final CloudEventCodec codec;
    private final FollowUpManagement followUps;

    ReferralEvents(CloudEventCodec codec, FollowUpManagement followUps) {
        this.codec = codec;
        this.followUps = followUps;
    }

    @KafkaListener(id = "notification-referral-events", topics = Topics.REFERRAL_REFERRAL)
    @Timed("infohus.notification.referral-events")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent incoming = codec.read(record);
        if (incoming.event() instanceof ReferralIssued issued) {
            followUps.referralIssued(
                    new ReferralId(issued.referralId()),
                    new CaseId(issued.caseId()),
                    issued.municipality(),
                    issued.department(),
                    issued.occurredAt(),
                    incoming.id());
        } else if (incoming.event() instanceof ReferralAcknowledged acknowledged) {
            followUps.referralAcknowledged(
                    new ReferralId(acknowledged.referralId()),
                    acknowledged.caseworker(),
                    acknowledged.occurredAt(),
                    incoming.id());
        } else if (incoming.event() instanceof ReferralClosed closed) {
            followUps.referralClosed(new ReferralId(closed.referralId()), closed.occurredAt(), incoming.id());
        }
    }
}
