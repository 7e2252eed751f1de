package dk.infohus.referral.referral;

import dk.infohus.contracts.Topics;
import dk.infohus.platform.kafka.TopicFactory;
import dk.infohus.platform.security.RecordVisibility;
import dk.infohus.referral.referral.application.ReferralManagement;
import dk.infohus.referral.referral.application.Referrals;
import dk.infohus.referral.referral.domain.ReferralId;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferralConfiguration {

    @Bean
    ReferralManagement referralManagement(Referrals referrals, Clock clock) {
        return new ReferralManagement(referrals, clock);
    }

    @Bean
    NewTopic referralTopic(TopicFactory topics) {
        return topics.owned(Topics.REFERRAL_REFERRAL);
    }

    @Bean
    NewTopic infohusCaseDeadLetters(TopicFactory topics) {
        return topics.deadLetterOf(Topics.ASSESSMENT_INFOHUS_CASE);
    }

    /** Who may learn from the audit trail that a record exists: whoever may see the record itself. */
    @Bean
    RecordVisibility recordVisibility(ReferralManagement referrals) {
        return RecordVisibility.byUuid((id, caller) -> referrals.referral(new ReferralId(id), caller));
    }
}
