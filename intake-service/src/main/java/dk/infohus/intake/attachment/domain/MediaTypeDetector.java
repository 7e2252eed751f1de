package dk.infohus.intake.attachment.domain;

/** Tells a file's type from its first bytes alone: never from its name or what the client claims. */
@FunctionalInterface
public interface MediaTypeDetector {

    /**
     * @param head the first bytes of the content, at most {@link AttachmentPolicy#DETECTION_WINDOW}
     * @return the media type without parameters, such as {@code image/png}; {@code
     *     application/octet-stream} when the content shows nothing known
     */
    String detect(byte[] head);
}
