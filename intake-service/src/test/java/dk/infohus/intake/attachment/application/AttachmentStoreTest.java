package dk.infohus.intake.attachment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.intake.attachment.adapter.tika.TikaMediaTypes;
import dk.infohus.intake.attachment.domain.Attachment;
import dk.infohus.intake.attachment.domain.AttachmentId;
import dk.infohus.intake.attachment.domain.AttachmentPolicy;
import dk.infohus.intake.attachment.domain.AttachmentRefused;
import dk.infohus.intake.attachment.domain.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AttachmentStoreTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

    private final InMemoryAttachments attachments = new InMemoryAttachments();
    private final List<byte[]> scanned = new java.util.ArrayList<>();
    private MalwareScan.Verdict verdictOfSecondFile = new MalwareScan.Verdict.Clean();
    private final MalwareScan scanner = content -> {
        try {
            scanned.add(content.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scanned.size() == 2 ? verdictOfSecondFile : new MalwareScan.Verdict.Clean();
    };
    private final AttachmentStore store = new AttachmentStore(
            attachments, new AttachmentPolicy(new TikaMediaTypes()), scanner, Clock.fixed(NOW, ZoneOffset.UTC));
    private final UUID concern = UUID.randomUUID();

    @Test
    void everyFileIsScannedAsItWasCheckedBeforeAnyIsStored() {
        byte[] png = Samples.png();
        byte[] pdf = Samples.pdf();

        store.store(concern, List.of(Upload.of("a.png", png), Upload.of("b.pdf", pdf)));

        assertThat(scanned).containsExactly(png, pdf);
        assertThat(attachments.files).hasSize(2);
    }

    @Test
    void aFileWithMalwareIsRefusedByItsFieldAndNoFileIsStored() {
        verdictOfSecondFile = new MalwareScan.Verdict.Found("Win.Test.EICAR_HDB-1");

        assertThatThrownBy(() -> store.store(
                        concern, List.of(Upload.of("a.png", Samples.png()), Upload.of("b.pdf", Samples.pdf()))))
                .isInstanceOfSatisfying(AttachmentRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("attachments[1]");
                    assertThat(refused.code()).isEqualTo("infected");
                    assertThat(refused.getMessage()).doesNotContain("EICAR");
                });
        assertThat(attachments.stores).hasValue(0);
    }

    @Test
    void aFileTheScannerCannotTellAboutIsRefusedAsNotScannedAndNoFileIsStored() {
        verdictOfSecondFile = new MalwareScan.Verdict.Unavailable("connection refused");

        assertThatThrownBy(() -> store.store(
                        concern, List.of(Upload.of("a.png", Samples.png()), Upload.of("b.pdf", Samples.pdf()))))
                .isInstanceOfSatisfying(AttachmentRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("attachments[1]");
                    assertThat(refused.code()).isEqualTo("not-scanned");
                });
        assertThat(attachments.stores).hasValue(0);
    }

    @Test
    void aFileThatCannotBeStoredTakesTheOnesBeforeItAlongAndTheErrorIsRethrown() {
        attachments.failOnStore = 3;

        assertThatThrownBy(() -> store.store(
                        concern,
                        List.of(
                                Upload.of("a.png", Samples.png()),
                                Upload.of("b.pdf", Samples.pdf()),
                                Upload.of("c.gif", Samples.image("gif")))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("disk full");

        assertThat(attachments.stores).hasValue(3);
        assertThat(attachments.files).isEmpty();
    }

    @Test
    void aFileWhoseContentChangedBetweenCheckAndStoreIsNotKept() {
        AtomicInteger opened = new AtomicInteger();
        byte[] png = Samples.png();
        byte[] other = Samples.image("jpg");
        Upload changing =
                new Upload("a.png", -1, () -> new ByteArrayInputStream(opened.getAndIncrement() == 0 ? png : other));

        assertThatThrownBy(() -> store.store(concern, List.of(Upload.of("first.pdf", Samples.pdf()), changing)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("changed between check and");
        assertThat(attachments.files).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorAndNothingIsStored() {
        Upload unreadable = new Upload("a.png", 10, () -> {
            throw new IOException("client went away");
        });

        assertThatThrownBy(() -> store.store(concern, List.of(Upload.of("b.pdf", Samples.pdf()), unreadable)))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(attachments.stores).hasValue(0);
    }

    @Test
    void aDeclaredSizeOver10MbIsRefusedWithoutReadingTheContent() {
        Upload neverRead = new Upload("huge.pdf", AttachmentPolicy.MAX_FILE_SIZE + 1, () -> {
            throw new AssertionError("read although its declared size is refused");
        });

        assertThatThrownBy(() -> store.store(concern, List.of(neverRead)))
                .isInstanceOfSatisfying(
                        AttachmentRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("attachments[0]"));
    }

    @Test
    void aFileLargerThanItsDeclaredSizeIsMeasuredByWhatIsRead() {
        byte[] elevenMb = new byte[11 * 1024 * 1024];
        byte[] pdf = Samples.pdf();
        System.arraycopy(pdf, 0, elevenMb, 0, pdf.length);
        Upload lying = new Upload("small.pdf", 1000, () -> new ByteArrayInputStream(elevenMb));

        assertThatThrownBy(() -> store.store(concern, List.of(lying)))
                .isInstanceOfSatisfying(
                        AttachmentRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("too-large"));
        assertThat(attachments.files).isEmpty();
    }

    @Test
    void onlyOrphansStoredBeforeTheCutAreRemoved() {
        UUID written = UUID.randomUUID();
        UUID orphan = UUID.randomUUID();
        store.store(written, List.of(Upload.of("a.png", Samples.png())));
        store.store(orphan, List.of(Upload.of("a.png", Samples.png()), Upload.of("b.pdf", Samples.pdf())));

        assertThat(store.deleteOrphans(NOW, id -> false)).isZero();
        assertThat(store.deleteOrphans(NOW.plusMillis(1), written::equals)).isEqualTo(2);
        assertThat(store.of(orphan)).isEmpty();
        assertThat(store.of(written)).hasSize(1);
    }

    /** Files in a map, failing the n-th store when asked to. */
    static final class InMemoryAttachments implements Attachments {
        final Map<AttachmentId, Stored> files = new LinkedHashMap<>();
        final AtomicInteger stores = new AtomicInteger();
        int failOnStore = 0;

        record Stored(UUID concernId, Attachment attachment, byte[] content, Instant storedAt) {}

        @Override
        public void store(UUID concernId, Attachment attachment, InputStream content, Instant storedAt) {
            if (stores.incrementAndGet() == failOnStore) {
                throw new IllegalStateException("disk full");
            }
            try {
                files.put(attachment.id(), new Stored(concernId, attachment, content.readAllBytes(), storedAt));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<AttachmentContent> open(UUID concernId, AttachmentId id) {
            return Optional.ofNullable(files.get(id))
                    .filter(file -> file.concernId().equals(concernId))
                    .map(file -> new AttachmentContent(file.attachment(), new ByteArrayInputStream(file.content())));
        }

        @Override
        public List<Attachment> of(UUID concernId) {
            return files.values().stream()
                    .filter(file -> file.concernId().equals(concernId))
                    .map(Stored::attachment)
                    .toList();
        }

        @Override
        public void delete(AttachmentId id) {
            files.remove(id);
        }

        @Override
        public int deleteAllOf(UUID concernId) {
            List<AttachmentId> ids = new ArrayList<>();
            files.forEach((id, file) -> {
                if (file.concernId().equals(concernId)) {
                    ids.add(id);
                }
            });
            ids.forEach(files::remove);
            return ids.size();
        }

        @Override
        public int deleteOf(UUID concernId, Instant storedBefore) {
            List<AttachmentId> ids = new ArrayList<>();
            files.forEach((id, file) -> {
                if (file.concernId().equals(concernId) && file.storedAt().isBefore(storedBefore)) {
                    ids.add(id);
                }
            });
            ids.forEach(files::remove);
            return ids.size();
        }

        @Override
        public Set<UUID> concernsWithFilesStoredBefore(Instant storedBefore) {
            Set<UUID> concerns = new java.util.LinkedHashSet<>();
            files.values().stream()
                    .filter(file -> file.storedAt().isBefore(storedBefore))
                    .forEach(file -> concerns.add(file.concernId()));
            return concerns;
        }
    }
}
