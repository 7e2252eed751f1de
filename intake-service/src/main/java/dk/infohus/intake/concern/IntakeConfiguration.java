package dk.infohus.intake.concern;

import dk.infohus.contracts.Topics;
import dk.infohus.intake.concern.adapter.keys.IntakeSecret;
import dk.infohus.intake.concern.adapter.web.overload.SubmissionBulkhead;
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
import org.springframework.boot.web.servlet.FilterRegistrationBean;
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

    /**
     * At most {@code infohus.intake.submissions.max-concurrent} concerns taken in at once; one more waits up to
     * {@code max-wait} for a place, else 503 with {@code Retry-After}.
     */
    @Bean
    FilterRegistrationBean<SubmissionBulkhead> submissionBulkhead(
            @Value("${infohus.intake.submissions.max-concurrent:16}") int maxConcurrent,
            @Value("${infohus.intake.submissions.max-wait:500ms}") java.time.Duration maxWait,
            @Value("${infohus.intake.submissions.retry-after:5s}") java.time.Duration retryAfter) {
        return new FilterRegistrationBean<>(new SubmissionBulkhead(maxConcurrent, maxWait, retryAfter));
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
