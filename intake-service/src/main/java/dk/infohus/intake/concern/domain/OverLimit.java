package dk.infohus.intake.concern.domain;

import dk.infohus.platform.domain.InvalidInput;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A text longer, or a list longer, than intake keeps. Every limit of a concern is written once, in the
 * domain record it belongs to ({@link Account}, {@link Subject}, {@link Reporter}, {@link Report}); the API
 * and the pages only translate this refusal, by its {@link #code()} and {@link #limit()}.
 */
public final class OverLimit extends InvalidInput {

    /** A text over its number of characters. */
    public static final String TOO_LONG = "too-long";

    /** A list over its number of entries. */
    public static final String TOO_MANY = "too-many";

    private final int limit;

    private OverLimit(String field, String code, int limit, String message) {
        super(field, code, message);
        this.limit = limit;
    }

    /** The most characters, or entries, allowed. */
    public int limit() {
        return limit;
    }

    /** The text, unless it is longer than {@code max} characters. */
    static @Nullable String text(String field, @Nullable String text, int max) {
        if (text != null && text.length() > max) {
            throw new OverLimit(field, TOO_LONG, max, "must be at most " + max + " characters");
        }
        return text;
    }

    /** The list, unless it has more than {@code max} entries or one longer than {@code maxLength}. */
    static List<String> list(String field, List<String> entries, int max, int maxLength) {
        if (entries.size() > max) {
            throw new OverLimit(field, TOO_MANY, max, "must be at most " + max + " entries");
        }
        for (int i = 0; i < entries.size(); i++) {
            text(field + "[" + i + "]", entries.get(i), maxLength);
        }
        return entries;
    }
}
