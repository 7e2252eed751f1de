package dk.infohus.intake.concern.adapter.mail;

import dk.infohus.intake.concern.application.ReceiptMail;
import dk.infohus.intake.concern.domain.ReceiptCode;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Mails receipts over SMTP ({@code spring.mail.*}) from a small queue of its own, so a slow mail server never
 * holds up the form. The mail holds the code and where to look it up, nothing about the concern; the
 * address is not logged.
 */
public final class SmtpReceiptMail implements ReceiptMail, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpReceiptMail.class);

    private final JavaMailSender sender;
    private final MessageSource messages;
    private final String from;
    private final String statusPage;
    private final ThreadPoolExecutor queue =
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1_000), runnable -> {
                Thread thread = new Thread(runnable, "receipt-mail");
                thread.setDaemon(true);
                return thread;
            });

    /**
     * @param from the sender's address, e.g. {@code noreply@herning.dk}
     * @param statusPage the public address of the status page, e.g. {@code https://infohus.herning.dk/offentlig/status}
     */
    public SmtpReceiptMail(JavaMailSender sender, MessageSource messages, String from, String statusPage) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
        this.statusPage = statusPage;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void send(String address, ReceiptCode code, Locale language) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(address);
        mail.setSubject(text("mail.receipt.subject", language));
        mail.setText(text("mail.receipt.body", language, code.display(), statusPage(language)));
        try {
            queue.execute(() -> deliver(mail));
        } catch (java.util.concurrent.RejectedExecutionException full) {
            log.warn(
                    "Receipt mail not sent: {} mails are waiting already",
                    queue.getQueue().size());
        }
    }

    private void deliver(SimpleMailMessage mail) {
        try {
            sender.send(mail);
            log.info("Receipt mailed");
        } catch (MailException e) {
            log.warn("Receipt mail not sent: {}", e.getClass().getSimpleName());
        }
    }

    private String statusPage(Locale language) {
        return "en".equals(language.getLanguage()) ? statusPage + "?lang=en" : statusPage;
    }

    private String text(String key, Locale language, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    @Override
    public void close() {
        queue.shutdown();
    }
}
