package dk.infohus.intake.attachment.domain;

import dk.infohus.platform.domain.InvalidInput;
import java.util.UUID;

/** Identifies one attached file. */
public record AttachmentId(UUID value) {

    public AttachmentId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static AttachmentId newId() {
        return new AttachmentId(UUID.randomUUID());
    }

    /** Reads an id as it appears in a URL; anything else is a 400 naming {@code attachmentId}. */
    public static AttachmentId parse(String text) {
        try {
            return new AttachmentId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("attachmentId", "is not an attachment id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
