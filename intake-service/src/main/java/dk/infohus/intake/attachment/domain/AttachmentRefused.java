package dk.infohus.intake.attachment.domain;

import dk.infohus.platform.domain.InvalidInput;
import java.util.Objects;

/**
 * Attachments the policy refuses. Over REST a 400 naming {@code attachments[i]} (the i-th file, from
 * 0) or {@code attachments} (the files together); pages translate by field and {@link #code()}.
 */
public class AttachmentRefused extends InvalidInput {

    /** Why attachments are refused; the code is stable, for pages to translate. */
    public enum Refusal {
        TOO_MANY_FILES("too-many-files"),
        EMPTY("empty"),
        TOO_LARGE("too-large"),
        TYPE_NOT_ALLOWED("type-not-allowed"),
        TOTAL_TOO_LARGE("total-too-large"),
        /** The malware scan found something in the file. */
        INFECTED("infected"),
        /** The malware scan could not tell now; the file is not stored unscanned. */
        NOT_SCANNED("not-scanned");

        private final String code;

        Refusal(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Refusal refusal;

    public AttachmentRefused(String field, Refusal refusal, String message) {
        super(field, refusal.code(), message);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    /** The field of the i-th file, from 0. */
    public static String fieldOf(int index) {
        return "attachments[" + index + "]";
    }

    public Refusal refusal() {
        return refusal;
    }

    public String code() {
        return refusal.code();
    }
}
