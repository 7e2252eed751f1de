package dk.infohus.intake.attachment.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A file as the reporter sent it, not yet checked.
 *
 * @param filename the client's file name, as sent (it is sanitised before it is stored)
 * @param declaredSize the size the client declared, negative when unknown; only used to refuse early,
 *     the bytes actually read are what count
 * @param content opens the content; it is opened more than once (checked first, stored after), so it
 *     must give the same bytes each time, as a {@code MultipartFile::getInputStream} does
 */
public record Upload(@Nullable String filename, long declaredSize, Content content) {

    /** Opens the content from the start. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public Upload {
        Objects.requireNonNull(content, "content");
    }

    /** Without the file name, which may name a person: logs get no personal data. */
    @Override
    public String toString() {
        return "Upload[" + declaredSize + " bytes]";
    }

    public static Upload of(@Nullable String filename, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new Upload(filename, copy.length, () -> new ByteArrayInputStream(copy));
    }
}
