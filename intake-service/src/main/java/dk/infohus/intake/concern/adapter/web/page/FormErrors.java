package dk.infohus.intake.concern.adapter.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong with a form, one message per field in the page's language, for the summary at the top and
 * next to each field. The field names are the inputs' {@code id}s; {@code form} is the form as a whole.
 */
public final class FormErrors {

    /** The order of the fields on the page, so the summary reads top to bottom. */
    private static final List<String> ORDER = List.of(
            "form",
            "municipality",
            "reporterKind",
            "reporterName",
            "reporterOrganisation",
            "reporterEmail",
            "reporterPhone",
            "subjectKind",
            "personName",
            "cprNumber",
            "birthDate",
            "age",
            "address",
            "groupName",
            "groupDescription",
            "account",
            "when",
            "where",
            "platforms",
            "links",
            "concernSigns",
            "otherAuthorities",
            "relation",
            "attachments",
            "altcha",
            "kode");

    /** One wrong field and what is wrong with it. */
    public record FieldError(String field, String message) {}

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Adds a message for a field; the first message a field gets is the one shown. */
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

    /** Every error, in the order of the fields on the page. */
    public List<FieldError> all() {
        List<FieldError> all = new ArrayList<>();
        byField.forEach((field, message) -> all.add(new FieldError(field, message)));
        all.sort(Comparator.comparingInt(error -> {
            int index = ORDER.indexOf(error.field());
            return index < 0 ? ORDER.size() : index;
        }));
        return all;
    }
}
