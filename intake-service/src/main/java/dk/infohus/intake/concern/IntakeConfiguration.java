package dk.infohus.intake.concern;

import dk.infohus.contracts.Topics;
import dk.infohus.intake.concern.application.ConcernIntake;
import dk.infohus.intake.concern.application.Concerns;
import dk.infohus.platform.kafka.TopicFactory;
import java.security.SecureRandom;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    ConcernIntake concernIntake(Concerns concerns, Clock clock) {
        return new ConcernIntake(concerns, clock, new SecureRandom());
    }

    @Bean
    NewTopic concernTopic(TopicFactory topics) {
        return topics.owned(Topics.INTAKE_CONCERN);
    }

    @Bean
    NewTopic policeCheckDeadLetters(TopicFactory topics) {
        return topics.deadLetterOf(Topics.SCREENING_POLICE_CHECK);
    }
}
