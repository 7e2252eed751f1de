package dk.infohus.intake.concern.application;

import dk.infohus.intake.concern.domain.ReceiptCode;
import java.util.Locale;

/** Sends a reporter their receipt code by email, when they ask for it and the municipality has mail. */
public interface ReceiptMail {

    /** No mail server: receipts are shown, never mailed. */
    ReceiptMail NONE = new ReceiptMail() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void send(String address, ReceiptCode code, Locale language) {
            throw new IllegalStateException("no mail server is configured");
        }
    };

    /** Whether receipts can be mailed at all (an SMTP server is configured). */
    boolean available();

    /**
     * Sends the code to the address, in the reporter's language, without delaying the answer to the form:
     * a mail that cannot be sent is logged (without the address) and the receipt page has shown the code.
     */
    void send(String address, ReceiptCode code, Locale language);
}
