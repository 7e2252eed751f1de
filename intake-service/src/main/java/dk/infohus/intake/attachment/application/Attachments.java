package dk.infohus.intake.attachment.application;

import dk.infohus.intake.attachment.domain.Attachment;
import dk.infohus.intake.attachment.domain.AttachmentId;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where attached files and their content are kept, each with the concern it belongs to. */
public interface Attachments {

    /** Stores the content under the attachment's id; the content is read to its end. */
    void store(UUID concernId, Attachment attachment, InputStream content, Instant storedAt);

    /** The file with this id, only if it belongs to this concern. */
    Optional<AttachmentContent> open(UUID concernId, AttachmentId id);

    /** Every file of the concern, oldest first. */
    List<Attachment> of(UUID concernId);

    /** Removes one file with its content; nothing happens if there is none. */
    void delete(AttachmentId id);

    /** Removes every file of the concern; answers how many. */
    int deleteAllOf(UUID concernId);

    /** Removes the concern's files stored before the instant; answers how many. */
    int deleteOf(UUID concernId, Instant storedBefore);

    /** The concerns that have files stored before the instant. */
    Set<UUID> concernsWithFilesStoredBefore(Instant storedBefore);
}
