package dk.infohus.intake.concern.adapter.mail;

import dk.infohus.intake.concern.application.ReceiptMail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Receipts are mailed when Spring Boot has made a mail sender, that is when {@code spring.mail.host} is set;
 * otherwise the form does not offer it.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    ReceiptMail receiptMail(
            ObjectProvider<JavaMailSender> senders,
            MessageSource messages,
            @Value("${infohus.intake.mail.from:noreply@infohus.local}") String from,
            @Value("${infohus.intake.public-url:http://localhost:8080}") String publicUrl) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return ReceiptMail.NONE; // no SMTP server configured: receipts are shown, not mailed
        }
        return new SmtpReceiptMail(sender, messages, from, publicUrl.replaceAll("/+$", "") + "/offentlig/status");
    }
}
