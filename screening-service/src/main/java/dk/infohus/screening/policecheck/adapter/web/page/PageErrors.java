package dk.infohus.screening.policecheck.adapter.web.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What is wrong with a form: one message per field in the page's language, in the order of the page. */
public final class PageErrors {

    /** One wrong field and its message, for the summary at the top. */
    public record FieldError(String field, String message) {}

    private final Map<String, String> byField = new LinkedHashMap<>();

    void add(String field, String message) {
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

    /** The errors in the order of the form's fields; a field not on the form last. */
    public List<FieldError> inOrder(List<String> fields) {
        return byField.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(entry -> {
                    int index = fields.indexOf(entry.getKey());
                    return index < 0 ? Integer.MAX_VALUE : index;
                }))
                .map(entry -> new FieldError(entry.getKey(), entry.getValue()))
                .toList();
    }
}
