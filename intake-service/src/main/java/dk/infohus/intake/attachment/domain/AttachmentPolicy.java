package dk.infohus.intake.attachment.domain;

import static dk.infohus.intake.attachment.domain.AttachmentRefused.fieldOf;

import dk.infohus.intake.attachment.domain.AttachmentRefused.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Which files a concern may carry: screenshots and photos (PNG, JPEG, GIF, WebP, HEIC) and PDFs, the
 * type told from the content; at most {@value #MAX_FILES} files, each at most 10 MB and none empty,
 * at most 25 MB together. Every refusal is an {@link AttachmentRefused} naming the file or the files.
 */
public final class AttachmentPolicy {

    public static final int MAX_FILES = 5;
    public static final long MAX_FILE_SIZE = 10L * 1024 * 1024;
    public static final long MAX_TOTAL_SIZE = 25L * 1024 * 1024;

    /** How many of a file's first bytes type detection looks at. */
    public static final int DETECTION_WINDOW = 64 * 1024;

    /** The allowed types, as detected from the content. */
    public static final List<String> ALLOWED_TYPES =
            List.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/heic", "application/pdf");

    static final String ALLOWED_NAMES = "PNG, JPEG, GIF, WebP or HEIC images, or PDF";

    /** The file name extensions of each allowed type, the usual one first. */
    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            "image/png", List.of("png"),
            "image/jpeg", List.of("jpg", "jpeg", "jpe", "jfif"),
            "image/gif", List.of("gif"),
            "image/webp", List.of("webp"),
            "image/heic", List.of("heic", "heif"),
            "application/pdf", List.of("pdf"));

    private final MediaTypeDetector detector;

    public AttachmentPolicy(MediaTypeDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /**
     * What a file turned out to be once read.
     *
     * @param filename the client's file name, as sent
     * @param size the bytes read; more than {@link #MAX_FILE_SIZE} means only that it is too large
     * @param head the first bytes, at most {@link #DETECTION_WINDOW}
     * @param sha256 the SHA-256 of the whole content, lower-case hex (any value when too large)
     */
    public record Candidate(String filename, long size, byte[] head, String sha256) {}

    /**
     * Checks what is known before any content is read, so that nothing is read in vain: the number of
     * files, and the sizes the client declared (negative when it declared none).
     *
     * @param existing the files the concern already has
     */
    public void checkDeclared(List<Attachment> existing, List<Long> declaredSizes) {
        checkCount(existing.size(), declaredSizes.size());
        long total = totalOf(existing);
        for (int i = 0; i < declaredSizes.size(); i++) {
            long declared = declaredSizes.get(i);
            if (declared > MAX_FILE_SIZE) {
                throw tooLarge(i);
            }
            total += Math.max(declared, 0);
        }
        if (total > MAX_TOTAL_SIZE) {
            throw totalTooLarge();
        }
    }

    /**
     * Admits the files only if every one of them passes, and all of them together with the files the
     * concern already has; each admitted file gets a new id.
     *
     * @return the attachments, in the order of the candidates
     * @throws AttachmentRefused naming the first file or limit that fails
     */
    public List<Attachment> admit(List<Attachment> existing, List<Candidate> candidates, Supplier<AttachmentId> ids) {
        checkCount(existing.size(), candidates.size());
        List<Attachment> admitted = new ArrayList<>(candidates.size());
        long total = totalOf(existing);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            if (candidate.size() <= 0) {
                throw new AttachmentRefused(fieldOf(i), Refusal.EMPTY, "is empty");
            }
            if (candidate.size() > MAX_FILE_SIZE) {
                throw tooLarge(i);
            }
            String type = detector.detect(candidate.head());
            if (!ALLOWED_TYPES.contains(type)) {
                throw new AttachmentRefused(
                        fieldOf(i), Refusal.TYPE_NOT_ALLOWED, "is " + type + "; allowed are " + ALLOWED_NAMES);
            }
            total += candidate.size();
            admitted.add(new Attachment(
                    ids.get(), nameFor(candidate.filename(), type), type, candidate.size(), candidate.sha256()));
        }
        if (total > MAX_TOTAL_SIZE) {
            throw totalTooLarge();
        }
        return List.copyOf(admitted);
    }

    /**
     * The name a file is kept and downloaded under: the client's, with the extension of the type its content
     * shows added when the name has none of that type's, so that a picture sent as {@code evil.html} is
     * {@code evil.html.png} and never opens as a page once saved (ASVS 5.0 V5.2.2).
     */
    static String nameFor(String filename, String type) {
        List<String> extensions = EXTENSIONS.get(type);
        String name = Attachment.sanitiseFilename(filename);
        String lower = name.toLowerCase(Locale.ROOT);
        if (extensions.stream().anyMatch(extension -> lower.endsWith("." + extension))) {
            return name;
        }
        return Attachment.sanitiseFilename(name + "." + extensions.get(0));
    }

    private static void checkCount(int existing, int added) {
        if (existing + added > MAX_FILES) {
            throw new AttachmentRefused(
                    "attachments",
                    Refusal.TOO_MANY_FILES,
                    existing == 0
                            ? "at most " + MAX_FILES + " files per concern"
                            : "at most " + MAX_FILES + " files per concern, and it already has " + existing);
        }
    }

    private static long totalOf(List<Attachment> attachments) {
        return attachments.stream().mapToLong(Attachment::size).sum();
    }

    private static AttachmentRefused tooLarge(int index) {
        return new AttachmentRefused(fieldOf(index), Refusal.TOO_LARGE, "is larger than 10 MB");
    }

    private static AttachmentRefused totalTooLarge() {
        return new AttachmentRefused("attachments", Refusal.TOTAL_TOO_LARGE, "are larger than 25 MB together");
    }
}
