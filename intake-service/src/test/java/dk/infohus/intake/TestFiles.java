package dk.infohus.intake;

import java.util.Base64;

/** Files for tests that attach something. */
public final class TestFiles {

    /** The smallest PNG there is: one transparent pixel. */
    public static final byte[] PIXEL = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private TestFiles() {}
}
