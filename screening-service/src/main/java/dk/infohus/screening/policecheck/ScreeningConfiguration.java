package dk.infohus.screening.policecheck;

import dk.infohus.contracts.Topics;
import dk.infohus.platform.kafka.TopicFactory;
import dk.infohus.platform.security.RecordVisibility;
import dk.infohus.screening.policecheck.application.PoliceChecks;
import dk.infohus.screening.policecheck.application.PoliceScreening;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    @Bean
    PoliceScreening policeScreening(PoliceChecks checks, Clock clock) {
        return new PoliceScreening(checks, clock);
    }

    @Bean
    NewTopic policeCheckTopic(TopicFactory topics) {
        return topics.owned(Topics.SCREENING_POLICE_CHECK);
    }

    @Bean
    NewTopic concernDeadLetters(TopicFactory topics) {
        return topics.deadLetterOf(Topics.INTAKE_CONCERN);
    }

    /** Who may learn from the audit trail that a record exists: whoever may see the record itself. */
    @Bean
    RecordVisibility recordVisibility(PoliceScreening screening) {
        return RecordVisibility.byUuid((id, caller) -> screening.policeCheck(new PoliceCheckId(id), caller));
    }
}
