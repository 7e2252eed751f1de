package dk.infohus.assessment.infohuscase;

import dk.infohus.assessment.infohuscase.application.Agendas;
import dk.infohus.assessment.infohuscase.application.InfohusAssessment;
import dk.infohus.assessment.infohuscase.application.InfohusCases;
import dk.infohus.assessment.infohuscase.application.NeedToKnow;
import dk.infohus.assessment.infohuscase.application.NoMeetingsYet;
import dk.infohus.assessment.infohuscase.domain.Department;
import dk.infohus.assessment.infohuscase.domain.DepartmentCatalogue;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseId;
import dk.infohus.contracts.Topics;
import dk.infohus.platform.kafka.TopicFactory;
import dk.infohus.platform.security.RecordVisibility;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DepartmentProperties.class)
class AssessmentConfiguration {

    /** Refuses to start with no departments, a department twice or a code that is not kebab-case. */
    @Bean
    DepartmentCatalogue departmentCatalogue(DepartmentProperties properties) {
        var settings = properties.departments() == null
                ? List.<DepartmentProperties.DepartmentSetting>of()
                : properties.departments();
        return new DepartmentCatalogue(settings.stream()
                .map(setting -> new Department(setting.code(), setting.name()))
                .toList());
    }

    /**
     * Until Infohus meetings exist, no case is on any agenda, so no Infohus member sees a case. The
     * meetings issue replaces this bean with agendas read from its meetings.
     */
    @Bean
    Agendas agendas() {
        return new NoMeetingsYet();
    }

    @Bean
    NeedToKnow needToKnow(Agendas agendas) {
        return new NeedToKnow(agendas);
    }

    @Bean
    InfohusAssessment infohusAssessment(
            InfohusCases cases, DepartmentCatalogue departments, NeedToKnow needToKnow, Clock clock) {
        return new InfohusAssessment(cases, departments, needToKnow, clock);
    }

    @Bean
    NewTopic infohusCaseTopic(TopicFactory topics) {
        return topics.owned(Topics.ASSESSMENT_INFOHUS_CASE);
    }

    @Bean
    NewTopic policeCheckDeadLetters(TopicFactory topics) {
        return topics.deadLetterOf(Topics.SCREENING_INFOHUS_HANDOVER);
    }

    /** Who may learn from the audit trail that a record exists: whoever may see the record itself. */
    @Bean
    RecordVisibility recordVisibility(InfohusAssessment assessment) {
        return RecordVisibility.byUuid((id, caller) -> assessment.infohusCase(new InfohusCaseId(id), caller));
    }
}
