package dk.infohus.platform.web;

import java.io.IOException;

/** A request body over the configured limit. Answered with 413 and a problem body. */
public class BodyTooLarge extends IOException {

    private final long limit;

    public BodyTooLarge(long limit) {
        super("request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
