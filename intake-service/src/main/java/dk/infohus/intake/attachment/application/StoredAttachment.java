package dk.infohus.intake.attachment.application;

import dk.infohus.intake.attachment.domain.Attachment;
import java.util.UUID;

/**
 * What other features learn of a stored file, through {@link AttachmentStore}: its id, its sanitised name,
 * the type detected from its content and its size. The attachment domain stays the attachment feature's.
 */
public record StoredAttachment(UUID id, String filename, String mediaType, long size) {

    static StoredAttachment of(Attachment attachment) {
        return new StoredAttachment(
                attachment.id().value(), attachment.filename(), attachment.mediaType(), attachment.size());
    }

    /** Without the file name, which may name a person: logs get no personal data. */
    @Override
    public String toString() {
        return "StoredAttachment[" + id + ", " + mediaType + ", " + size + " bytes]";
    }
}
