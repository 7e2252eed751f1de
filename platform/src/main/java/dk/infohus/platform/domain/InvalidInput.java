package dk.infohus.platform.domain;

/**
 * Input that breaks a domain rule, such as a CPR number with an impossible date. Over REST it becomes a
 * 400 naming the field.
 */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
