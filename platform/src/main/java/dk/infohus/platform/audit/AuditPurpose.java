package dk.infohus.platform.audit;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The purpose a caller gives for an access ({@value #HEADER}), read exactly as sent or refused: never
 * cut, stripped or otherwise changed, so what the audit trail records is what the caller said.
 *
 * <p>HTTP carries a header as bytes; the servlet container hands them over one character per byte
 * (ISO-8859-1). A client that sends UTF-8 (curl, most HTTP libraries) is read as UTF-8; bytes that are not
 * UTF-8 are read as ISO-8859-1, which is what Java's and browsers' clients send for Danish letters. The
 * result may hold letters and digits of any script, combining marks, spaces and {@code . , : ; / ( ) - '
 * § #}, at most {@value #MAX_LENGTH} characters. Anything else is {@link Invalid}.
 */
public final class AuditPurpose {

    public static final String HEADER = "X-Infohus-Purpose";
    public static final String DEFAULT = "case handling";
    public static final int MAX_LENGTH = 100;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{N} .,:;/()\\-'§#]+");

    private AuditPurpose() {}

    /** Why a purpose is refused, in words for the caller. */
    public static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The purpose the header gives, or {@link #DEFAULT} when none is given.
     *
     * @throws Invalid when the header is given but is not a purpose
     */
    public static String read(@Nullable String header) {
        if (header == null || header.isEmpty()) {
            return DEFAULT;
        }
        String purpose = decode(header);
        int length = purpose.codePointCount(0, purpose.length());
        if (length > MAX_LENGTH) {
            throw new Invalid("must be at most " + MAX_LENGTH + " characters");
        }
        if (purpose.isBlank() || !purpose.equals(purpose.strip())) {
            throw new Invalid("must not be blank or begin or end with a space");
        }
        if (!ALLOWED.matcher(purpose).matches()) {
            throw new Invalid("may hold letters, digits, spaces and . , : ; / ( ) - ' § # only");
        }
        return purpose;
    }

    private static String decode(String header) {
        boolean ascii = true;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c > 0xFF) {
                // not what a servlet container hands over; nothing to decode it as
                throw new Invalid("must be sent as UTF-8 or ISO-8859-1 bytes");
            }
            ascii &= c < 0x80;
        }
        if (ascii) {
            return header;
        }
        try {
            return UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(header.getBytes(ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return header;
        }
    }
}
