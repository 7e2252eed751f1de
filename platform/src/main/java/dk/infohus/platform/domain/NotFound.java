package dk.infohus.platform.domain;

/**
 * No record with that id, or none the caller may see: both answer 404, so that a record's existence
 * does not leak.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super("No " + what + " " + id);
    }
}
