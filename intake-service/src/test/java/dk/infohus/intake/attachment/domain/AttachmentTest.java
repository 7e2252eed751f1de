package dk.infohus.intake.attachment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.platform.domain.InvalidInput;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttachmentTest {

    private static final String SHA = "ab".repeat(32);

    static Stream<Arguments> filenames() {
        return Stream.of(
                Arguments.of("skærmbillede.png", "skærmbillede.png"),
                Arguments.of("C:\\Users\\lene\\Desktop\\chat.png", "chat.png"),
                Arguments.of("../../etc/passwd", "passwd"),
                Arguments.of("/tmp/a/b/referat.pdf", "referat.pdf"),
                Arguments.of("line\nbreak\r.png", "linebreak.png"),
                Arguments.of("tab\tand\u0000nul\u007f.png", "tabandnul.png"),
                // a right-to-left override would show "invoice_gnp.exe" as "invoice_exe.png"
                Arguments.of("invoice_\u202Egnp.exe", "invoice_gnp.exe"),
                Arguments.of("  spaced.png  ", "spaced.png"),
                Arguments.of("", Attachment.UNNAMED),
                Arguments.of("..", Attachment.UNNAMED),
                Arguments.of("dir/", Attachment.UNNAMED),
                Arguments.of("\u0001\u0002", Attachment.UNNAMED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filenames")
    void theFilenameKeepsNoPathNorControlCharacters(String raw, String sanitised) {
        assertThat(new Attachment(AttachmentId.newId(), raw, "image/png", 1, SHA).filename())
                .isEqualTo(sanitised);
    }

    @Test
    void aLongFilenameIsCutTo200KeepingItsExtension() {
        String name = "æ".repeat(300) + ".pdf";

        String sanitised = Attachment.sanitiseFilename(name);

        assertThat(sanitised).hasSize(200).endsWith("æ.pdf");
        assertThat(Attachment.sanitiseFilename("x".repeat(250))).isEqualTo("x".repeat(200));
    }

    static Stream<String> anyNames() {
        return Instancio.gen().string().mixedCase().minLength(1).maxLength(40).stream()
                .limit(25);
    }

    @ParameterizedTest
    @MethodSource("anyNames")
    void sanitisingAnyNameGivesAShortPrintableNameAndChangesNothingTheSecondTime(String raw) {
        String once = Attachment.sanitiseFilename(raw + "/\u0007" + raw.repeat(30) + "\u202E\t.png");

        assertThat(once.codePointCount(0, once.length())).isBetween(1, Attachment.MAX_FILENAME_LENGTH);
        assertThat(once).doesNotContain("/", "\\", "\u0007", "\u202E", "\t").endsWith(".png");
        assertThat(Attachment.sanitiseFilename(once)).isEqualTo(once);
    }

    @Test
    void anIdFromAUrlThatIsNoUuidIsInvalidInput() {
        assertThatThrownBy(() -> AttachmentId.parse("../x"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("attachmentId"));
        assertThat(AttachmentId.parse("0b6f0f3e-6f4e-4b7a-9a43-3c1b9f1e2d10").value())
                .hasToString("0b6f0f3e-6f4e-4b7a-9a43-3c1b9f1e2d10");
    }

    @Test
    void aChecksumIsSha256Hex() {
        assertThatThrownBy(() -> new Attachment(AttachmentId.newId(), "a.png", "image/png", 1, "nope"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
