package dk.infohus.screening.policecheck;

import dk.infohus.calendar.Deadline;
import dk.infohus.calendar.MunicipalCalendars;
import dk.infohus.calendar.WorkingDays;
import dk.infohus.contracts.Topics;
import dk.infohus.platform.kafka.TopicFactory;
import dk.infohus.platform.security.RecordVisibility;
import dk.infohus.screening.policecheck.application.LookAgainAgenda;
import dk.infohus.screening.policecheck.application.PoliceChecks;
import dk.infohus.screening.policecheck.application.PoliceScreening;
import dk.infohus.screening.policecheck.domain.DeadlinePolicy;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScreeningProperties.class)
class ScreeningConfiguration {

    @Bean
    PoliceScreening policeScreening(
            PoliceChecks checks, LookAgainAgenda agenda, DeadlinePolicy deadlines, Clock clock) {
        return new PoliceScreening(checks, agenda, deadlines, clock);
    }

    /** Working days per municipality on the Danish calendar; a child's assessment in hours. */
    @Bean
    DeadlinePolicy deadlinePolicy(ScreeningProperties properties) {
        MunicipalCalendars calendars = properties.calendars();
        int hours = properties.childAssessmentHours();
        return new DeadlinePolicy() {
            @Override
            public Deadline policeCheck(String municipality, Instant from) {
                return calendars.of(municipality).workingDaysAfter(from, properties.workingDaysFor(municipality));
            }

            @Override
            public Deadline childAssessment(Instant receivedAt) {
                return WorkingDays.hoursAfter(receivedAt, hours);
            }
        };
    }

    @Bean
    NewTopic policeCheckTopic(TopicFactory topics) {
        return topics.owned(Topics.SCREENING_POLICE_CHECK);
    }

    @Bean
    NewTopic infohusHandoverTopic(TopicFactory topics) {
        return topics.owned(Topics.SCREENING_INFOHUS_HANDOVER);
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
