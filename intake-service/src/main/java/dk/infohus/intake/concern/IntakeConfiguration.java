package dk.infohus.intake.concern;

import dk.infohus.contracts.Topics;
import dk.infohus.intake.concern.adapter.keys.IntakeSecret;
import dk.infohus.intake.concern.application.ConcernAttachments;
import dk.infohus.intake.concern.application.ConcernIntake;
import dk.infohus.intake.concern.application.Concerns;
import dk.infohus.intake.concern.application.ReceiptMail;
import dk.infohus.intake.concern.domain.BlindIndex;
import dk.infohus.intake.concern.domain.ConcernId;
import dk.infohus.intake.concern.domain.ReceiptCodes;
import dk.infohus.platform.kafka.TopicFactory;
import dk.infohus.platform.security.RecordVisibility;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    IntakeSecret intakeSecret(
            @Value("${infohus.intake.secret:}") String secret,
            @Value("${infohus.intake.secret-file:}") String secretFile) {
        return IntakeSecret.from(secret, secretFile);
    }

    @Bean
    ConcernIntake concernIntake(
            Concerns concerns,
            ConcernAttachments attachments,
            IntakeSecret secret,
            Clock clock,
            ReceiptMail receiptMail) {
        return new ConcernIntake(
                concerns,
                attachments,
                new ReceiptCodes(secret.keyFor("receipt-code/v1")),
                new BlindIndex(secret.keyFor("blind-index/v1")),
                clock,
                receiptMail);
    }

    @Bean
    NewTopic concernTopic(TopicFactory topics) {
        return topics.owned(Topics.INTAKE_CONCERN);
    }

    @Bean
    NewTopic policeCheckDeadLetters(TopicFactory topics) {
        return topics.deadLetterOf(Topics.SCREENING_POLICE_CHECK);
    }

    /** Who may learn from the audit trail that a record exists: whoever may see the record itself. */
    @Bean
    RecordVisibility recordVisibility(ConcernIntake intake) {
        return RecordVisibility.byUuid((id, caller) -> intake.concern(new ConcernId(id), caller));
    }
}
