package dk.infohus.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * What text in a request body may hold, decided once for every service (README, "Bad input"): control
 * characters other than tab, line feed and carriage return (NUL among them), and surrogates that are not part of
 * a pair, are refused with a 400 naming the field; nothing is stripped, so what is stored is what was sent.
 * Bidirectional and zero-width characters are ordinary Unicode (names in Arabic script need them) and are kept;
 * pages escape all text. Text must be a JSON string: a number, {@code true} or an object where text is expected
 * is refused, as is a number where {@code true} or {@code false} is expected.
 */
public final class FreeText {

    private FreeText() {}

    /** Applied to the JSON mapper that reads request bodies. */
    public static void applyTo(JsonMapper.Builder builder) {
        SimpleModule module = new SimpleModule("infohus-free-text").addDeserializer(String.class, new Checked());
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(
                    DeserializationConfig config,
                    BeanDescription.Supplier description,
                    ValueDeserializer<?> deserializer) {
                return deserializer instanceof BeanDeserializerBase ? deserializer : new CheckedScalar(deserializer);
            }

            @Override
            public ValueDeserializer<?> modifyEnumDeserializer(
                    DeserializationConfig config,
                    JavaType type,
                    BeanDescription.Supplier description,
                    ValueDeserializer<?> deserializer) {
                return new CheckedScalar(deserializer);
            }
        });
        builder.addModule(module)
                .withCoercionConfig(
                        LogicalType.Boolean,
                        boolean_ -> boolean_.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }

    /** The index of the first character text may not hold, or -1. */
    public static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Text with a character it may not hold; answered as a 400 naming the field. */
    public static final class ForbiddenCharacter extends InvalidFormatException {

        ForbiddenCharacter(JsonParser parser, String text, int at) {
            super(
                    parser,
                    "text with the character U+%04X at position %d".formatted((int) text.charAt(at), at),
                    text,
                    String.class);
        }
    }

    private static String checked(JsonParser parser, String text) {
        int at = firstForbidden(text);
        if (at >= 0) {
            throw new ForbiddenCharacter(parser, text, at);
        }
        return text;
    }

    /**
     * A value read from text (an enum's name, a date, a number or an id in quotes) is text too: without this,
     * an enum's lookup takes {@code STAFF} followed by NUL as STAFF, and dates and numbers are read after
     * {@code trim()}, which drops NUL and every other control character at either end.
     */
    private static final class CheckedScalar extends DelegatingDeserializer {

        CheckedScalar(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new CheckedScalar(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                checked(parser, parser.getString());
            }
            return super.deserialize(parser, context);
        }
    }

    private static final class Checked extends StdScalarDeserializer<String> {

        Checked() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            return checked(parser, parser.getString());
        }
    }
}
