package dk.infohus.intake.attachment.application;

import dk.infohus.intake.attachment.domain.Attachment;
import dk.infohus.intake.attachment.domain.AttachmentId;
import dk.infohus.intake.attachment.domain.AttachmentPolicy;
import dk.infohus.intake.attachment.domain.AttachmentPolicy.Candidate;
import dk.infohus.intake.attachment.domain.AttachmentRefused;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaches files to concerns: all of a request's files are checked against the {@link AttachmentPolicy}
 * and scanned for malware ({@link MalwareScan}) before any is stored, and either all are stored or none. A file is only ever read through the
 * concern it belongs to.
 */
public class AttachmentStore {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);

    private final Attachments attachments;
    private final AttachmentPolicy policy;
    private final MalwareScan malwareScan;
    private final Clock clock;

    public AttachmentStore(Attachments attachments, AttachmentPolicy policy, MalwareScan malwareScan, Clock clock) {
        this.attachments = attachments;
        this.policy = policy;
        this.malwareScan = malwareScan;
        this.clock = clock;
    }

    /**
     * Checks every upload against the policy (count, each file's size and type detected from its
     * content, the total with the files the concern already has), then stores them all. If storing one
     * fails, the ones already stored are removed again before the failure is rethrown.
     *
     * @return the stored attachments, in the order of the uploads
     * @throws dk.infohus.intake.attachment.domain.AttachmentRefused when the policy refuses any file;
     *     nothing is stored then
     * @throws UncheckedIOException when a file cannot be read
     */
    public List<Attachment> store(UUID concernId, List<Upload> uploads) {
        List<Attachment> existing = attachments.of(concernId);
        policy.checkDeclared(
                existing, uploads.stream().map(Upload::declaredSize).toList());
        List<Candidate> candidates = new ArrayList<>(uploads.size());
        for (Upload upload : uploads) {
            candidates.add(inspect(upload));
        }
        List<Attachment> admitted = policy.admit(existing, candidates, AttachmentId::newId);
        for (int i = 0; i < admitted.size(); i++) {
            scan(concernId, i, admitted.get(i), uploads.get(i));
        }

        Instant storedAt = clock.instant();
        List<Attachment> stored = new ArrayList<>(admitted.size());
        try {
            for (int i = 0; i < admitted.size(); i++) {
                Attachment attachment = admitted.get(i);
                storeOne(concernId, attachment, uploads.get(i), storedAt);
                stored.add(attachment);
            }
        } catch (RuntimeException e) {
            removeAgain(stored, admitted.get(stored.size()), e);
            throw e;
        }
        log.info("Stored {} attachment(s) of concern {}", stored.size(), concernId);
        return List.copyOf(stored);
    }

    /**
     * {@link #store} for another feature: the stored files as it may know them.
     *
     * @throws dk.infohus.platform.domain.InvalidInput naming {@code attachments} or {@code attachments[i]},
     *     its code the refusal's, when the policy refuses any file; nothing is stored then
     */
    public List<StoredAttachment> attach(UUID concernId, List<Upload> uploads) {
        return store(concernId, uploads).stream().map(StoredAttachment::of).toList();
    }

    /**
     * The file with this id and its content, only if it belongs to this concern, for another feature;
     * the caller closes the stream.
     */
    public Optional<Opened> read(UUID concernId, UUID attachmentId) {
        return open(concernId, new AttachmentId(attachmentId))
                .map(content -> new Opened(StoredAttachment.of(content.attachment()), content.content()));
    }

    /** A stored file, as other features know it, and its content. */
    public record Opened(StoredAttachment file, java.io.InputStream content) {}

    /** The file with this id, only if it belongs to this concern; the caller closes it. */
    public Optional<AttachmentContent> open(UUID concernId, AttachmentId id) {
        return attachments.open(concernId, id);
    }

    /** The files of the concern, oldest first. */
    public List<Attachment> of(UUID concernId) {
        return attachments.of(concernId);
    }

    /** Removes every file of the concern: for retention, and when writing the concern itself failed. */
    public void deleteAllOf(UUID concernId) {
        int deleted = attachments.deleteAllOf(concernId);
        log.info("Deleted {} attachment(s) of concern {}", deleted, concernId);
    }

    /**
     * Removes files stored before the instant whose concern was never written, as after a crash between
     * storing the files and writing the concern.
     *
     * @param storedBefore only files older than this: a concern being written right now keeps its files
     * @param concernExists whether the concern was written
     * @return how many files were removed
     */
    public int deleteOrphans(Instant storedBefore, Predicate<UUID> concernExists) {
        int deleted = 0;
        for (UUID concernId : attachments.concernsWithFilesStoredBefore(storedBefore)) {
            if (!concernExists.test(concernId)) {
                deleted += attachments.deleteOf(concernId, storedBefore);
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} orphaned attachment(s) stored before {}", deleted, storedBefore);
        }
        return deleted;
    }

    /** Refuses the i-th file when the scan finds malware in it, or cannot tell; what is scanned is what was checked. */
    private void scan(UUID concernId, int index, Attachment attachment, Upload upload) {
        MalwareScan.Verdict verdict;
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(upload.content().open(), digest)) {
            verdict = malwareScan.scan(in);
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an attachment", e);
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(attachment.sha256())) {
            throw new IllegalStateException("attachment " + attachment.id() + " changed between check and scan");
        }
        if (verdict instanceof MalwareScan.Verdict.Found found) {
            log.warn("The malware scan found {} in attachment {} of concern {}", found.signature(), index, concernId);
            throw new AttachmentRefused(
                    AttachmentRefused.fieldOf(index),
                    AttachmentRefused.Refusal.INFECTED,
                    "was refused: the malware scan found something in it");
        }
        if (verdict instanceof MalwareScan.Verdict.Unavailable unavailable) {
            log.warn("Attachment {} of concern {} could not be scanned: {}", index, concernId, unavailable.why());
            throw new AttachmentRefused(
                    AttachmentRefused.fieldOf(index),
                    AttachmentRefused.Refusal.NOT_SCANNED,
                    "could not be scanned for malware now; send without it or try again later");
        }
    }

    private void storeOne(UUID concernId, Attachment attachment, Upload upload, Instant storedAt) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(upload.content().open(), digest)) {
            attachments.store(concernId, attachment, in, storedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attachment " + attachment.id(), e);
        }
        // the content is opened twice; what was stored must be what was checked
        if (!HexFormat.of().formatHex(digest.digest()).equals(attachment.sha256())) {
            throw new IllegalStateException("attachment " + attachment.id() + " changed between check and store");
        }
    }

    private void removeAgain(List<Attachment> stored, Attachment failed, RuntimeException cause) {
        List<Attachment> toRemove = new ArrayList<>(stored);
        toRemove.add(failed);
        for (Attachment attachment : toRemove) {
            try {
                attachments.delete(attachment.id());
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /** Reads a file once: its size (up to just over the limit), its first bytes and its SHA-256. */
    private static Candidate inspect(Upload upload) {
        MessageDigest digest = sha256();
        byte[] head = new byte[AttachmentPolicy.DETECTION_WINDOW];
        int headLength = 0;
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = upload.content().open()) {
            int n;
            while (size <= AttachmentPolicy.MAX_FILE_SIZE && (n = in.read(buffer)) >= 0) {
                if (headLength < head.length) {
                    int copied = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copied);
                    headLength += copied;
                }
                digest.update(buffer, 0, n);
                size += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an attachment", e);
        }
        return new Candidate(
                upload.filename() == null ? Attachment.UNNAMED : upload.filename(),
                size,
                java.util.Arrays.copyOf(head, headLength),
                HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
