package dk.infohus.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The README's rule for text in request bodies, as the JSON mapper of every service reads it. */
class FreeTextTest {

    enum Kind {
        STAFF
    }

    record Note(String text, Kind kind, Boolean acute, java.time.LocalDate on, java.util.UUID id, Integer count) {}

    private final JsonMapper json = mapper();

    private static JsonMapper mapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        FreeText.applyTo(builder);
        return builder.build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b[2J", "\\u007f", "\\u0085", "\\ud800", "\\udc00x"})
    void textWithAControlCharacterOrAnUnpairedSurrogateIsRefusedNamingTheField(String escaped) {
        assertThatThrownBy(() -> json.readValue("{\"text\":\"Ali" + escaped + "\"}", Note.class))
                .isInstanceOf(FreeText.ForbiddenCharacter.class)
                .satisfies(e -> assertThat(((FreeText.ForbiddenCharacter) e)
                                .getPath()
                                .get(0)
                                .getPropertyName())
                        .isEqualTo("text"));
    }

    /** Dates and numbers are read after trim(), which would drop a NUL at either end; an enum's lookup too. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"kind\":\"STAFF\\u0000\"}",
                "{\"on\":\"2026-12-22\\u0000\"}",
                "{\"id\":\"\\u00006b8f1f4e-2a9b-4c55-9a57-1f0d3c1e2a10\"}",
                "{\"count\":\"12\\u0000\"}"
            })
    void aValueReadFromTextWithANulIsRefusedToo(String body) {
        assertThatThrownBy(() -> json.readValue(body, Note.class)).isInstanceOf(FreeText.ForbiddenCharacter.class);
    }

    @Test
    void tabsLineBreaksBidiAndZeroWidthCharactersAndPairedSurrogatesAreKeptAsSent() {
        String text = "Linje 1\r\n\tLinje 2 \u202bعلي\u202c a\u200bb \ud83d\ude00";
        Note note =
                json.readValue(json.writeValueAsString(new Note(text, Kind.STAFF, true, null, null, null)), Note.class);

        assertThat(note.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\":true}", "{\"text\":12}", "{\"text\":{\"$gt\":\"\"}}", "{\"acute\":1}"})
    void aValueOfAnotherTypeIsNotReadAsTextOrAsTrueOrFalse(String body) {
        assertThatThrownBy(() -> json.readValue(body, Note.class)).isInstanceOf(MismatchedInputException.class);
    }
}
