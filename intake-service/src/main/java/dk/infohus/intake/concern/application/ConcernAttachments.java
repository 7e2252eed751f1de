package dk.infohus.intake.concern.application;

import dk.infohus.intake.concern.domain.AttachedFile;
import dk.infohus.intake.concern.domain.ConcernId;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The files reporters attach to concerns, stored beside them. */
public interface ConcernAttachments {

    /**
     * Checks every upload against the limits (count, size, type detected from the content), then stores
     * them all, or none.
     *
     * @throws dk.infohus.platform.domain.InvalidInput naming {@code attachments} or {@code attachments[i]}
     */
    List<AttachedFile> store(ConcernId concern, List<Upload> uploads);

    /** A file of this concern, to read; empty if the concern has no such file. */
    Optional<StoredFile> open(ConcernId concern, UUID attachmentId);

    /** A stored file and its bytes. */
    record StoredFile(AttachedFile file, Content content) {}

    /** Removes every file of a concern: when its write failed, and later when its retention ends. */
    void discardAllOf(ConcernId concern);

    /** A file as it arrived: the name the reporter's device gave it, its length, and its bytes. */
    record Upload(String filename, long size, Content content) {
        @Override
        public String toString() {
            return "Upload[" + size + " bytes]";
        }
    }

    /** Opens the uploaded bytes; may be called more than once. */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }
}
