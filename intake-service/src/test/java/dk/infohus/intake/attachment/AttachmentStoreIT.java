package dk.infohus.intake.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.intake.attachment.adapter.tika.TikaMediaTypes;
import dk.infohus.intake.attachment.application.AttachmentContent;
import dk.infohus.intake.attachment.application.AttachmentStore;
import dk.infohus.intake.attachment.application.Attachments;
import dk.infohus.intake.attachment.application.Upload;
import dk.infohus.intake.attachment.domain.Attachment;
import dk.infohus.intake.attachment.domain.AttachmentId;
import dk.infohus.intake.attachment.domain.AttachmentPolicy;
import dk.infohus.intake.attachment.domain.AttachmentRefused;
import dk.infohus.intake.attachment.domain.Samples;
import dk.infohus.testing.InfohusServiceTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Attachments in GridFS on this JVM's MongoDB-wire server (or a real MongoDB where Docker runs). */
@InfohusServiceTest
class AttachmentStoreIT {

    @Autowired
    AttachmentStore store;

    @Autowired
    Attachments attachments;

    @Autowired
    MongoTemplate mongo;

    @Test
    void storedFilesComeBackByteForByteWithTheirChecksumAndDetectedType() throws Exception {
        UUID concern = UUID.randomUUID();
        byte[] png = Samples.png();
        byte[] pdf = bigPdf();

        List<Attachment> stored = store.store(
                concern, List.of(Upload.of("C:\\Users\\lene\\chat\u0007.png", png), Upload.of("referat.png", pdf)));

        // a PDF sent as .png is kept with the extension its content shows
        assertThat(stored).extracting(Attachment::filename).containsExactly("chat.png", "referat.png.pdf");
        assertThat(stored).extracting(Attachment::mediaType).containsExactly("image/png", "application/pdf");
        assertThat(stored).extracting(Attachment::sha256).containsExactly(sha256(png), sha256(pdf));
        assertThat(store.of(concern)).containsExactlyInAnyOrderElementsOf(stored);
        for (int i = 0; i < stored.size(); i++) {
            try (AttachmentContent opened =
                    store.open(concern, stored.get(i).id()).orElseThrow()) {
                byte[] content = opened.content().readAllBytes();
                assertThat(content).isEqualTo(i == 0 ? png : pdf);
                assertThat(sha256(content)).isEqualTo(opened.attachment().sha256());
                assertThat(opened.attachment()).isEqualTo(stored.get(i));
            }
        }
        // GridFS: the file's document under the attachment id, the content in chunks of 255 KB
        Document file = mongo.getCollection("attachments.files")
                .find(new Document("_id", stored.get(1).id().toString()))
                .first();
        assertThat(file).isNotNull();
        assertThat(file.get("metadata", Document.class))
                .containsEntry("concernId", concern.toString())
                .containsEntry("mediaType", "application/pdf")
                .containsEntry("sha256", sha256(pdf))
                .containsKey("storedAt");
        assertThat(chunksOf(stored.get(1).id())).isEqualTo(pdf.length / (255 * 1024) + 1);
    }

    @Test
    void aFileIsOnlyOpenedThroughItsOwnConcern() {
        UUID concern = UUID.randomUUID();
        Attachment stored =
                store.store(concern, List.of(Upload.of("a.png", Samples.png()))).get(0);

        assertThat(store.open(UUID.randomUUID(), stored.id())).isEmpty();
        assertThat(store.open(concern, AttachmentId.newId())).isEmpty();
        assertThat(store.open(concern, stored.id())).isPresent();
    }

    @Test
    void oneBadFileInTheListStoresNothing() {
        UUID concern = UUID.randomUUID();
        long filesBefore = mongo.getCollection("attachments.files").countDocuments();
        long chunksBefore = mongo.getCollection("attachments.chunks").countDocuments();

        assertThatThrownBy(() -> store.store(
                        concern,
                        List.of(
                                Upload.of("a.png", Samples.png()),
                                Upload.of("b.pdf", Samples.pdf()),
                                Upload.of("screenshot.png", Samples.html()))))
                .isInstanceOfSatisfying(AttachmentRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("attachments[2]");
                    assertThat(refused.code()).isEqualTo("type-not-allowed");
                });

        assertThat(store.of(concern)).isEmpty();
        assertThat(mongo.getCollection("attachments.files").countDocuments()).isEqualTo(filesBefore);
        assertThat(mongo.getCollection("attachments.chunks").countDocuments()).isEqualTo(chunksBefore);
    }

    @Test
    void aFailureWhileStoringRemovesTheFilesAlreadyStored() {
        UUID concern = UUID.randomUUID();
        AtomicInteger opened = new AtomicInteger();
        byte[] png = Samples.png();
        // readable while checked, gone when stored: as a client that drops the upload's temporary file
        Upload vanishing = new Upload("b.png", png.length, () -> {
            if (opened.getAndIncrement() > 0) {
                throw new IOException("temporary file is gone");
            }
            return new ByteArrayInputStream(png);
        });

        assertThatThrownBy(() -> store.store(concern, List.of(Upload.of("a.pdf", Samples.pdf()), vanishing)))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(store.of(concern)).isEmpty();
        assertThat(mongo.getCollection("attachments.files")
                        .countDocuments(new Document("metadata.concernId", concern.toString())))
                .isZero();
    }

    @Test
    void theLimitsCountTheFilesAConcernAlreadyHas() {
        UUID concern = UUID.randomUUID();
        store.store(
                concern,
                List.of(
                        Upload.of("1.png", Samples.png()),
                        Upload.of("2.png", Samples.png()),
                        Upload.of("3.png", Samples.png()),
                        Upload.of("4.png", Samples.png())));

        assertThatThrownBy(() -> store.store(
                        concern, List.of(Upload.of("5.png", Samples.png()), Upload.of("6.png", Samples.png()))))
                .isInstanceOfSatisfying(
                        AttachmentRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("too-many-files"));
        assertThat(store.of(concern)).hasSize(4);
    }

    @Test
    void deleteAllOfRemovesTheConcernsFilesAndTheirChunksAndNoOneElses() {
        UUID concern = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        List<Attachment> stored =
                store.store(concern, List.of(Upload.of("a.png", Samples.png()), Upload.of("b.pdf", bigPdf())));
        Attachment kept =
                store.store(other, List.of(Upload.of("c.png", Samples.png()))).get(0);

        store.deleteAllOf(concern);

        assertThat(store.of(concern)).isEmpty();
        assertThat(store.open(concern, stored.get(0).id())).isEmpty();
        assertThat(chunksOf(stored.get(0).id()) + chunksOf(stored.get(1).id())).isZero();
        assertThat(store.open(other, kept.id())).isPresent();
    }

    @Test
    void orphansStoredBeforeTheCutWhoseConcernWasNeverWrittenAreRemoved() {
        // files stored long ago and lately, by the store as it would have run then
        Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
        Instant lately = Instant.parse("2022-01-01T00:00:00Z");
        UUID written = UUID.randomUUID();
        UUID crashed = UUID.randomUUID();
        UUID beingWritten = UUID.randomUUID();
        storeAt(longAgo).store(written, List.of(Upload.of("a.png", Samples.png())));
        storeAt(longAgo).store(crashed, List.of(Upload.of("a.png", Samples.png()), Upload.of("b.pdf", Samples.pdf())));
        storeAt(lately).store(beingWritten, List.of(Upload.of("a.png", Samples.png())));
        Set<UUID> neverWritten = Set.of(crashed, beingWritten);

        int deleted = store.deleteOrphans(Instant.parse("2021-01-01T00:00:00Z"), id -> !neverWritten.contains(id));

        assertThat(deleted).isEqualTo(2);
        assertThat(store.of(crashed)).isEmpty();
        assertThat(store.of(written)).hasSize(1);
        assertThat(store.of(beingWritten)).hasSize(1);
    }

    private AttachmentStore storeAt(Instant instant) {
        return new AttachmentStore(
                attachments,
                new AttachmentPolicy(new TikaMediaTypes()),
                dk.infohus.intake.attachment.application.MalwareScan.NONE,
                Clock.fixed(instant, ZoneOffset.UTC));
    }

    private long chunksOf(AttachmentId id) {
        return mongo.getCollection("attachments.chunks").countDocuments(new Document("files_id", id.toString()));
    }

    /** A PDF of a little over 600 KB: three GridFS chunks. */
    private static byte[] bigPdf() {
        byte[] head = Samples.pdf();
        byte[] pdf = new byte[600 * 1024 + 17];
        new java.util.Random(42).nextBytes(pdf);
        System.arraycopy(head, 0, pdf, 0, head.length);
        return pdf;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
