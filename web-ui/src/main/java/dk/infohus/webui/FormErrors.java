package dk.infohus.webui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong with a form, one message per field in the page's language, for the error summary at the
 * top ({@code web-ui/layout :: errorSummary}) and next to each field ({@code web-ui/layout :: error}). The
 * field names are the inputs' {@code id}s; {@code form} is the form as a whole. A form names its fields'
 * order on the page, so that the summary reads top to bottom.
 */
public class FormErrors {

    /** One wrong field and what is wrong with it. */
    public record FieldError(String field, String message) {}

    private final List<String> order;
    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Errors shown in the order they were added. */
    public FormErrors() {
        this(List.of());
    }

    /** Errors shown in this order of fields; fields not named come last, as added. */
    public FormErrors(List<String> order) {
        this.order = List.copyOf(order);
    }

    /** Adds a message for a field; the first message a field gets is the one shown. */
    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public @Nullable String of(String field) {
        return byField.get(field);
    }

    /** Every error, in the order of the fields on the page. */
    public List<FieldError> all() {
        List<FieldError> all = new ArrayList<>();
        byField.forEach((field, message) -> all.add(new FieldError(field, message)));
        all.sort(Comparator.comparingInt(error -> {
            int index = order.indexOf(error.field());
            return index < 0 ? order.size() : index;
        }));
        return all;
    }
}
