package dk.infohus.notification.followup;

import dk.infohus.contracts.Topics;
import dk.infohus.notification.followup.application.FollowUpManagement;
import dk.infohus.notification.followup.application.ReferralFollowUps;
import dk.infohus.notification.followup.domain.ReferralId;
import dk.infohus.platform.kafka.TopicFactory;
import dk.infohus.platform.security.RecordVisibility;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowUpProperties.class)
class FollowUpConfiguration {

    @Bean
    FollowUpManagement followUpManagement(ReferralFollowUps followUps, Clock clock, FollowUpProperties properties) {
        return new FollowUpManagement(followUps, clock, properties.after(), properties.checkBatch());
    }

    @Bean
    NewTopic followUpTopic(TopicFactory topics) {
        return topics.owned(Topics.NOTIFICATION_FOLLOW_UP);
    }

    @Bean
    NewTopic referralDeadLetters(TopicFactory topics) {
        return topics.deadLetterOf(Topics.REFERRAL_REFERRAL);
    }

    /** Who may learn from the audit trail that a record exists: whoever may see the record itself. */
    @Bean
    RecordVisibility recordVisibility(FollowUpManagement followUps) {
        return RecordVisibility.byUuid((id, caller) -> followUps.followUp(new ReferralId(id), caller));
    }
}
