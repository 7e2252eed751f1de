package dk.infohus.platform.domain;

import java.util.Objects;

/**
 * Input that breaks a domain rule, such as a CPR number with an impossible date. Over REST it becomes a
 * 400 naming the field.
 *
 * <p>The {@link #code()} says which rule, in a stable word (such as {@code too-long} or {@code
 * no-such-date}) for adapters to translate by; the message is for people reading a log or an API answer and
 * may change. Nothing is ever decided by the message.
 */
public class InvalidInput extends RuntimeException {

    /** The code of a refusal that names no particular rule. */
    public static final String INVALID = "invalid";

    private final String field;
    private final String code;

    public InvalidInput(String field, String message) {
        this(field, INVALID, message);
    }

    public InvalidInput(String field, String code, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
        this.code = Objects.requireNonNull(code, "code");
    }

    public String field() {
        return field;
    }

    /** Which rule was broken: a stable, lower-case word with dashes. */
    public String code() {
        return code;
    }
}
