package dk.infohus.intake.attachment.domain;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file attached to a concern, as stored.
 *
 * @param id the attachment's id
 * @param filename the reporter's file name, sanitised: no path, no control or bidi characters, at most
 *     {@value #MAX_FILENAME_LENGTH} characters
 * @param mediaType the type detected from the content, never the one the client named
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the content, 64 lower-case hex digits
 */
public record Attachment(AttachmentId id, String filename, String mediaType, long size, String sha256) {

    public static final int MAX_FILENAME_LENGTH = 200;

    /** The name a file gets when the reporter's name has nothing left after sanitising. */
    public static final String UNNAMED = "attachment";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mediaType, "mediaType");
        filename = sanitiseFilename(filename);
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
    }

    /** Without the file name, which may name a person: logs get no personal data. */
    @Override
    public String toString() {
        return "Attachment[" + id + ", " + mediaType + ", " + size + " bytes]";
    }

    /**
     * The last segment of a client's file name (after any {@code /} or {@code \}), without control,
     * format (such as right-to-left override) or line-separator characters, trimmed, at most {@value
     * #MAX_FILENAME_LENGTH} characters with the extension kept when it is cut; {@value #UNNAMED} when
     * nothing is left. Sanitising a sanitised name changes nothing.
     */
    public static String sanitiseFilename(String raw) {
        if (raw == null) {
            return UNNAMED;
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(Attachment::isPrintable).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return UNNAMED;
        }
        return shorten(name);
    }

    private static boolean isPrintable(int codePoint) {
        int type = Character.getType(codePoint);
        return !Character.isISOControl(codePoint)
                && type != Character.FORMAT
                && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR
                && type != Character.SURROGATE
                && type != Character.PRIVATE_USE
                && type != Character.UNASSIGNED;
    }

    private static String shorten(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_FILENAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        int keep = MAX_FILENAME_LENGTH - extension.codePointCount(0, extension.length());
        String stem = name.substring(0, name.offsetByCodePoints(0, keep)).strip();
        return stem + extension;
    }
}
