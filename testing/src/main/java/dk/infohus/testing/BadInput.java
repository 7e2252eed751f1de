package dk.infohus.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad variants of a valid JSON body, for the bad-input suite ({@link BadInputSuite}): every field replaced
 * in turn by each kind of bad value (once per field and kind, never all combinations), and bodies that are
 * bad as a whole (not JSON, invalid UTF-8, deep nesting, a wrong content type).
 */
public final class BadInput {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A string far longer than any free text of the domain, and well under the 64 KB body limit. */
    static final int OVER_LONG = 20_000;

    /** Deeper than the parser's nesting limit. */
    static final int DEEP = 2_000;

    /** What is wrong with a variant. */
    public enum Kind {
        /** The valid body itself, first: it must be taken, or every refusal after it proves nothing. */
        VALID(false),
        WRONG_TYPE_SCALAR(true),
        WRONG_TYPE_STRUCTURE(true),
        NULL(true),
        NULL_IN_LIST(true),
        EMPTY_STRING(true),
        WHITESPACE_STRING(true),
        OVER_LONG_STRING(true),
        NUL_BYTE(true),
        CONTROL_CHARACTER(true),
        LONE_SURROGATE(true),
        BIDI_OVERRIDE(true),
        ZERO_WIDTH(true),
        MONGO_OPERATOR_GT(true),
        MONGO_OPERATOR_WHERE(true),
        HUGE_NUMBER(true),
        HUGE_EXPONENT(true),
        UNKNOWN_FIELD(true),
        DEEP_NESTING(false),
        INVALID_UTF8(false),
        NOT_JSON(false),
        EMPTY_BODY(false),
        WRONG_CONTENT_TYPE(false),
        /** The valid body sent again. */
        DUPLICATE(false);

        private final boolean aboutAField;

        Kind(boolean aboutAField) {
            this.aboutAField = aboutAField;
        }

        /** A problem for this kind names the field it was in. */
        public boolean aboutAField() {
            return aboutAField;
        }
    }

    /** Text a person may write in free text: kept as given, never a reason to refuse (README, bad input). */
    static final Set<Kind> VALID_IN_FREE_TEXT = Set.of(Kind.BIDI_OVERRIDE, Kind.ZERO_WIDTH);

    /** What a field may be, where the valid body marks it optional. */
    static final Set<Kind> VALID_WHEN_OPTIONAL = Set.of(Kind.NULL, Kind.EMPTY_STRING, Kind.WHITESPACE_STRING);

    /**
     * One bad request: the field it is about ({@code subject.name}, {@code concernSigns[0]}, or {@code
     * (body)}), the kind, and the bytes and content type sent.
     */
    public record Variant(String field, Kind kind, byte[] body, String contentType) {

        @Override
        public String toString() {
            return kind + " " + field;
        }
    }

    private BadInput() {}

    /** Every variant of this valid body. */
    public static List<Variant> variantsOf(JsonNode valid) {
        List<Variant> variants = new ArrayList<>();
        variants.add(body(Kind.VALID, JSON.writeValueAsString(valid)));
        fieldsOf(valid, "", variants, valid);
        String text = JSON.writeValueAsString(valid);
        variants.add(body(Kind.DEEP_NESTING, deeplyNested(valid)));
        variants.add(new Variant("(body)", Kind.INVALID_UTF8, invalidUtf8(text), "application/json"));
        variants.add(body(Kind.NOT_JSON, text.substring(0, text.length() / 2)));
        variants.add(body(Kind.EMPTY_BODY, ""));
        variants.add(new Variant("(body)", Kind.WRONG_CONTENT_TYPE, bytes(text), "text/plain"));
        return variants;
    }

    private static void fieldsOf(JsonNode node, String path, List<Variant> variants, JsonNode root) {
        if (node.isObject()) {
            variants.add(replaced(root, path, Kind.UNKNOWN_FIELD, join(path, "unexpectedField"), current -> {
                ObjectNode more = ((ObjectNode) current).deepCopy();
                more.put("unexpectedField", "x");
                return more;
            }));
            for (var property : node.properties()) {
                String field = join(path, property.getKey());
                valuesFor(property.getValue(), field, variants, root);
                fieldsOf(property.getValue(), field, variants, root);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String element = path + "[" + i + "]";
                valuesFor(node.get(i), element, variants, root);
                fieldsOf(node.get(i), element, variants, root);
            }
        }
    }

    /** The bad values for one field, chosen by what its valid value is. */
    private static void valuesFor(JsonNode value, String field, List<Variant> variants, JsonNode root) {
        variants.add(set(root, field, Kind.NULL, NODES.nullNode()));
        variants.add(set(root, field, Kind.MONGO_OPERATOR_GT, JSON.readTree("{\"$gt\":\"\"}")));
        variants.add(set(root, field, Kind.MONGO_OPERATOR_WHERE, JSON.readTree("{\"$where\":\"sleep(5000)\"}")));
        if (value.isString()) {
            variants.add(set(root, field, Kind.WRONG_TYPE_SCALAR, NODES.booleanNode(true)));
            variants.add(set(
                    root, field, Kind.WRONG_TYPE_STRUCTURE, NODES.arrayNode().add(value)));
            variants.add(set(root, field, Kind.EMPTY_STRING, NODES.stringNode("")));
            variants.add(set(root, field, Kind.WHITESPACE_STRING, NODES.stringNode(" \t ")));
            variants.add(set(root, field, Kind.OVER_LONG_STRING, NODES.stringNode("x".repeat(OVER_LONG))));
            variants.add(set(root, field, Kind.NUL_BYTE, NODES.stringNode(value.asString() + "\u0000")));
            variants.add(set(root, field, Kind.CONTROL_CHARACTER, NODES.stringNode(value.asString() + "\u001b[2J")));
            variants.add(set(root, field, Kind.LONE_SURROGATE, NODES.stringNode(value.asString() + "\ud800")));
            variants.add(set(root, field, Kind.BIDI_OVERRIDE, NODES.stringNode("\u202e" + value.asString())));
            variants.add(set(root, field, Kind.ZERO_WIDTH, NODES.stringNode(value.asString() + "\u200b")));
        } else {
            variants.add(set(root, field, Kind.WRONG_TYPE_SCALAR, NODES.stringNode("not-a-" + value.getNodeType())));
            variants.add(
                    set(root, field, Kind.HUGE_NUMBER, NODES.numberNode(new java.math.BigInteger("9".repeat(400)))));
            variants.add(replaced(
                    root,
                    field,
                    Kind.HUGE_EXPONENT,
                    field,
                    current -> NODES.numberNode(new java.math.BigDecimal("1e400"))));
            if (value.isArray()) {
                variants.add(
                        set(root, field, Kind.NULL_IN_LIST, NODES.arrayNode().add(NODES.nullNode())));
            } else {
                variants.add(set(
                        root,
                        field,
                        Kind.WRONG_TYPE_STRUCTURE,
                        NODES.arrayNode().add(value)));
            }
        }
    }

    private static Variant set(JsonNode root, String field, Kind kind, JsonNode bad) {
        return replaced(root, field, kind, field, current -> bad);
    }

    /** The root with the node at {@code path} replaced; the variant names {@code field}. */
    private static Variant replaced(
            JsonNode root, String path, Kind kind, String field, Function<JsonNode, JsonNode> change) {
        JsonNode copy = root.deepCopy();
        JsonNode changed;
        if (path.isEmpty()) {
            changed = change.apply(copy);
        } else {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            String parentPath = cut < 0 ? "" : path.substring(0, cut);
            JsonNode parent = at(copy, parentPath);
            if (path.charAt(Math.max(cut, 0)) == '[' && cut >= 0) {
                int index = Integer.parseInt(path.substring(cut + 1, path.length() - 1));
                ((ArrayNode) parent).set(index, change.apply(parent.get(index)));
            } else {
                String name = cut < 0 ? path : path.substring(cut + 1);
                ((ObjectNode) parent).set(name, change.apply(parent.get(name)));
            }
            changed = copy;
        }
        // a lone surrogate cannot be written as UTF-8: it goes as the JSON escape a client would send
        String text = JSON.writeValueAsString(changed).replace("\ud800", "\\ud800");
        return new Variant(field, kind, bytes(text), "application/json");
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.replace("[", ".[").split("\\.")) {
            if (step.isEmpty()) {
                continue;
            }
            node = step.startsWith("[")
                    ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : node.get(step);
        }
        return node;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Variant body(Kind kind, String text) {
        return new Variant("(body)", kind, bytes(text), "application/json");
    }

    private static String deeplyNested(JsonNode valid) {
        String text = JSON.writeValueAsString(valid);
        String nested = "[".repeat(DEEP) + "]".repeat(DEEP);
        return text.substring(0, text.length() - 1) + (valid.isEmpty() ? "" : ",") + "\"deep\":" + nested + "}";
    }

    /** The valid body with a byte that is never UTF-8 (0xFF) inside its first string. */
    private static byte[] invalidUtf8(String text) {
        byte[] utf8 = bytes(text);
        int quote = text.indexOf("\":\"");
        if (quote < 0) {
            quote = text.indexOf('{');
        } else {
            quote += 3;
        }
        byte[] bad = new byte[utf8.length + 2];
        System.arraycopy(utf8, 0, bad, 0, quote);
        bad[quote] = (byte) 0xC3;
        bad[quote + 1] = (byte) 0x28;
        System.arraycopy(utf8, quote, bad, quote + 2, utf8.length - quote);
        return bad;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
