package dk.infohus.intake.attachment.application;

import dk.infohus.intake.attachment.domain.Attachment;
import java.io.IOException;
import java.io.InputStream;

/** A stored file and its content, to be streamed and then closed by whoever opened it. */
public record AttachmentContent(Attachment attachment, InputStream content) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}
