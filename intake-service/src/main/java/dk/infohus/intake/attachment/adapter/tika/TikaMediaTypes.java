package dk.infohus.intake.attachment.adapter.tika;

import dk.infohus.intake.attachment.domain.MediaTypeDetector;
import org.apache.tika.Tika;

/**
 * Apache Tika's magic-byte detection (tika-core only, no parsers). Given bytes and no name, Tika
 * looks at the content alone; the client's file name and Content-Type never reach it.
 */
public final class TikaMediaTypes implements MediaTypeDetector {

    private final Tika tika = new Tika();

    @Override
    public String detect(byte[] head) {
        String type = tika.detect(head);
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).strip();
    }
}
