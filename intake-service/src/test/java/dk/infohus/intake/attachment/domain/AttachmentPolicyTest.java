package dk.infohus.intake.attachment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.intake.attachment.adapter.tika.TikaMediaTypes;
import dk.infohus.intake.attachment.domain.AttachmentPolicy.Candidate;
import dk.infohus.intake.attachment.domain.AttachmentRefused.Refusal;
import dk.infohus.platform.domain.InvalidInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentPolicyTest {

    private static final String SHA = "0".repeat(64);
    private static final long MB = 1024 * 1024;

    private final AttachmentPolicy policy = new AttachmentPolicy(new TikaMediaTypes());

    static Stream<Arguments> allowed() {
        return Stream.of(
                Arguments.of("skærmbillede.png", Samples.image("png"), "image/png"),
                Arguments.of("foto.jpg", Samples.image("jpg"), "image/jpeg"),
                Arguments.of("animation.gif", Samples.image("gif"), "image/gif"),
                Arguments.of("billede.webp", Samples.webp(), "image/webp"),
                Arguments.of("IMG_0042.HEIC", Samples.heic(), "image/heic"),
                Arguments.of("referat.pdf", Samples.pdf(), "application/pdf"),
                // the name says nothing: a PNG called .pdf is a PNG, one with no name too
                Arguments.of("referat.pdf", Samples.png(), "image/png"),
                Arguments.of("", Samples.pdf(), "application/pdf"));
    }

    @ParameterizedTest(name = "{0} is {2}")
    @MethodSource("allowed")
    void screenshotsPhotosAndPdfsAreAdmittedWithTheTypeTheirContentShows(String name, byte[] content, String type) {
        List<Attachment> admitted = policy.admit(List.of(), List.of(candidate(name, content)), AttachmentId::newId);

        assertThat(admitted).singleElement().satisfies(attachment -> {
            assertThat(attachment.mediaType()).isEqualTo(type);
            assertThat(attachment.size()).isEqualTo(content.length);
        });
    }

    @ParameterizedTest(name = "{0} is kept as {2}")
    @org.junit.jupiter.params.provider.CsvSource({
        "skærmbillede.png, png, skærmbillede.png",
        "FOTO.JPG, jpg, FOTO.JPG",
        "foto.jpeg, jpg, foto.jpeg",
        "IMG_0042.HEIC, heic, IMG_0042.HEIC",
        "evil.html, png, evil.html.png",
        "referat.pdf, png, referat.pdf.png",
        "billede, webp, billede.webp",
        "noter.txt, pdf, noter.txt.pdf",
        "'', pdf, attachment.pdf"
    })
    void aFileIsKeptUnderANameWithTheExtensionOfTheTypeItsContentShows(String name, String kind, String kept) {
        byte[] content = switch (kind) {
            case "png" -> Samples.png();
            case "jpg" -> Samples.image("jpg");
            case "heic" -> Samples.heic();
            case "webp" -> Samples.webp();
            default -> Samples.pdf();
        };

        List<Attachment> admitted = policy.admit(List.of(), List.of(candidate(name, content)), AttachmentId::newId);

        assertThat(admitted)
                .singleElement()
                .satisfies(attachment -> assertThat(attachment.filename()).isEqualTo(kept));
    }

    static Stream<Arguments> refusedTypes() {
        return Stream.of(
                Arguments.of("an HTML page renamed .png", "screenshot.png", Samples.html()),
                Arguments.of("an SVG image, which can carry script", "logo.svg", Samples.svg()),
                Arguments.of("a Windows program renamed .jpg", "foto.jpg", Samples.exe()),
                Arguments.of("a zip of screenshots", "billeder.zip", Samples.zip()),
                Arguments.of("a text file", "noter.txt", Samples.text()),
                Arguments.of("bytes that show nothing known", "data.pdf", new byte[] {1, 2, 3, 4, 5}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTypes")
    void anythingElseIsRefusedNamingTheFileAndTheAllowedTypes(String what, String name, byte[] content) {
        List<Candidate> candidates = List.of(candidate("ok.png", Samples.png()), candidate(name, content));

        assertThatThrownBy(() -> policy.admit(List.of(), candidates, AttachmentId::newId))
                .isInstanceOfSatisfying(AttachmentRefused.class, refused -> {
                    assertThat(refused).isInstanceOf(InvalidInput.class);
                    assertThat(refused.field()).isEqualTo("attachments[1]");
                    assertThat(refused.refusal()).isEqualTo(Refusal.TYPE_NOT_ALLOWED);
                    assertThat(refused.code()).isEqualTo("type-not-allowed");
                    assertThat(refused.getMessage()).contains("PNG, JPEG, GIF, WebP or HEIC images, or PDF");
                });
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(
                        () -> policy.admit(List.of(), List.of(candidate("tom.png", new byte[0])), AttachmentId::newId))
                .isInstanceOfSatisfying(AttachmentRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("attachments[0]");
                    assertThat(refused.refusal()).isEqualTo(Refusal.EMPTY);
                    assertThat(refused.getMessage()).isEqualTo("is empty");
                });
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(longs = {10 * MB + 1, 11 * MB, 1024 * MB})
    void aFileOver10MbIsRefused(long size) {
        Candidate huge = new Candidate("stor.pdf", size, Samples.pdf(), SHA);

        assertThatThrownBy(() ->
                        policy.admit(List.of(), List.of(candidate("a.png", Samples.png()), huge), AttachmentId::newId))
                .isInstanceOfSatisfying(AttachmentRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("attachments[1]");
                    assertThat(refused.refusal()).isEqualTo(Refusal.TOO_LARGE);
                    assertThat(refused.getMessage()).contains("10 MB");
                });
        assertThatThrownBy(() -> policy.checkDeclared(List.of(), List.of(size)))
                .isInstanceOfSatisfying(
                        AttachmentRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("attachments[0]"));
    }

    @Test
    void exactly10MbIsAllowed() {
        Candidate tenMb = new Candidate("stor.pdf", 10 * MB, Samples.pdf(), SHA);

        assertThat(policy.admit(List.of(), List.of(tenMb), AttachmentId::newId))
                .singleElement()
                .extracting(Attachment::size)
                .isEqualTo(10 * MB);
        policy.checkDeclared(List.of(), List.of(10 * MB, -1L));
    }

    @Test
    void atMostFiveFilesPerConcernCountingThoseItAlreadyHas() {
        List<Candidate> six = Collections.nCopies(6, candidate("a.png", Samples.png()));

        assertThat(policy.admit(List.of(), six.subList(0, 5), AttachmentId::newId))
                .hasSize(5);
        assertRefused(() -> policy.admit(List.of(), six, AttachmentId::newId), "attachments", Refusal.TOO_MANY_FILES);
        assertRefused(
                () -> policy.checkDeclared(List.of(), Collections.nCopies(6, 10L)),
                "attachments",
                Refusal.TOO_MANY_FILES);
        List<Attachment> four = stored(4, 1000);
        assertRefused(
                () -> policy.admit(four, six.subList(0, 2), AttachmentId::newId),
                "attachments",
                Refusal.TOO_MANY_FILES);
        assertThat(policy.admit(four, six.subList(0, 1), AttachmentId::newId)).hasSize(1);
    }

    @Test
    void atMost25MbTogetherCountingThoseItAlreadyHas() {
        Candidate nineMb = new Candidate("a.pdf", 9 * MB, Samples.pdf(), SHA);

        assertThat(policy.admit(List.of(), List.of(nineMb, nineMb), AttachmentId::newId))
                .hasSize(2);
        assertRefused(
                () -> policy.admit(List.of(), List.of(nineMb, nineMb, nineMb), AttachmentId::newId),
                "attachments",
                Refusal.TOTAL_TOO_LARGE);
        assertRefused(
                () -> policy.checkDeclared(List.of(), List.of(9 * MB, 9 * MB, 9 * MB)),
                "attachments",
                Refusal.TOTAL_TOO_LARGE);
        List<Attachment> twentyMb = stored(2, 10 * MB);
        assertRefused(
                () -> policy.admit(twentyMb, List.of(nineMb), AttachmentId::newId),
                "attachments",
                Refusal.TOTAL_TOO_LARGE);
        assertThat(policy.admit(
                        twentyMb, List.of(new Candidate("b.pdf", 5 * MB, Samples.pdf(), SHA)), AttachmentId::newId))
                .hasSize(1);
    }

    @Test
    void theFirstFailingFileIsNamed() {
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(candidate("a.png", Samples.png()));
        candidates.add(candidate("b.png", Samples.png()));
        candidates.add(candidate("tom.txt", new byte[0]));
        candidates.add(candidate("c.exe", Samples.exe()));

        assertRefused(() -> policy.admit(List.of(), candidates, AttachmentId::newId), "attachments[2]", Refusal.EMPTY);
    }

    @Test
    void typeDetectionSeesOnlyTheContent() {
        var heads = new ArrayList<byte[]>();
        AttachmentPolicy watched = new AttachmentPolicy(head -> {
            heads.add(head);
            return "image/png";
        });
        byte[] content = Samples.png();

        watched.admit(List.of(), List.of(candidate("evil.html", content)), AttachmentId::newId);

        assertThat(heads)
                .singleElement()
                .satisfies(head -> assertThat(Arrays.equals(head, content)).isTrue());
    }

    private static void assertRefused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, Refusal refusal) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AttachmentRefused.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.refusal()).isEqualTo(refusal);
        });
    }

    private static List<Attachment> stored(int count, long size) {
        List<Attachment> stored = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            stored.add(new Attachment(AttachmentId.newId(), "old" + i + ".png", "image/png", size, SHA));
        }
        return stored;
    }

    private static Candidate candidate(String name, byte[] content) {
        return new Candidate(name, content.length, content, SHA);
    }
}
