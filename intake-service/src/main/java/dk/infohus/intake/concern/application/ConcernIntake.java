package dk.infohus.intake.concern.application;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.Role;
import dk.infohus.intake.concern.domain.Account;
import dk.infohus.intake.concern.domain.AttachedFile;
import dk.infohus.intake.concern.domain.BlindIndex;
import dk.infohus.intake.concern.domain.Concern;
import dk.infohus.intake.concern.domain.ConcernId;
import dk.infohus.intake.concern.domain.ConcernStatus;
import dk.infohus.intake.concern.domain.ReceiptCode;
import dk.infohus.intake.concern.domain.ReceiptCodes;
import dk.infohus.intake.concern.domain.ReceiptStatus;
import dk.infohus.intake.concern.domain.Report;
import dk.infohus.intake.concern.domain.Reporter;
import dk.infohus.intake.concern.domain.ReporterKind;
import dk.infohus.intake.concern.domain.Subject;
import dk.infohus.intake.concern.domain.SubjectKeys;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.platform.domain.NotFound;
import dk.infohus.platform.security.Caller;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receiving concerns and answering reporters about them, each caller only about what they need to know:
 * coordinators about the concerns of the municipalities they work for, a signed-in reporter about the
 * concerns they reported themselves, anyone holding a receipt code about that concern's status.
 */
public class ConcernIntake {

    private static final Logger log = LoggerFactory.getLogger(ConcernIntake.class);

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{16,100}");

    private final Concerns concerns;
    private final ConcernAttachments attachments;
    private final ReceiptCodes receiptCodes;
    private final BlindIndex blindIndex;
    private final Clock clock;

    public ConcernIntake(
            Concerns concerns,
            ConcernAttachments attachments,
            ReceiptCodes receiptCodes,
            BlindIndex blindIndex,
            Clock clock) {
        this.concerns = concerns;
        this.attachments = attachments;
        this.receiptCodes = receiptCodes;
        this.blindIndex = blindIndex;
        this.clock = clock;
    }

    /**
     * What the reporter takes away: the code to look the concern up with.
     *
     * @param repeated this submission had arrived before; the receipt is the one given then
     */
    public record Receipt(
            ConcernId concernId, ReceiptCode code, Instant receivedAt, ConcernStatus status, boolean repeated) {}

    /**
     * What the form says about who reports. A citizen's word is taken as given; for a signed-in caller the
     * name (and organisation, when the token names one) come from their token instead.
     */
    public record ReporterDetails(
            ReporterKind kind,
            @Nullable String name,
            @Nullable String organisation,
            @Nullable String email,
            @Nullable String phone) {}

    /**
     * A concern as submitted, before the caller is taken into account.
     *
     * @param idempotencyKey the form's or the API call's key for this submission (16 to 100 letters, digits,
     *     {@code -} or {@code _}); the same key from the same sender makes one concern. Null: every call is new
     * @param attachments files to store with the concern; checked before anything is stored
     */
    public record Submission(
            String municipality,
            ReporterDetails reporter,
            Subject subject,
            Account account,
            boolean acute,
            List<String> concernSigns,
            @Nullable String idempotencyKey,
            List<ConcernAttachments.Upload> attachments) {

        public Submission {
            concernSigns = List.copyOf(concernSigns);
            attachments = List.copyOf(attachments);
        }
    }

    /**
     * A new concern: stored with its {@code ConcernReceived} event in one write, then published.
     *
     * <p>A citizen may report to any municipality, anonymously or not. A signed-in caller reports to a
     * municipality they work for and as themselves: a reporter as STAFF or PARTNER, a coordinator who
     * records a concern received by phone as STAFF.
     *
     * @param callerName the caller's display name from their token, if it has one; else their user id is used
     * @throws InvalidInput naming {@code municipality} or {@code reporter.kind} when the caller may not report so
     */
    public Receipt receive(Caller caller, @Nullable String callerName, Submission submission) {
        if (caller.signedIn() && !caller.worksFor(submission.municipality())) {
            throw new InvalidInput(
                    "municipality",
                    "signed in, you report to a municipality you work for: "
                            + String.join(", ", new TreeSet<>(caller.municipalities())));
        }
        Reporter reporter = reporterFor(caller, callerName, submission.reporter());
        Report report = new Report(
                reporter, submission.subject(), submission.account(), submission.acute(), submission.concernSigns());
        String submissionKey = submissionKey(caller, submission.idempotencyKey());
        Optional<Concern> before = concerns.findBySubmissionKey(submissionKey);
        if (before.isPresent()) {
            return repeatedReceipt(before.get());
        }
        ConcernId id = ConcernId.newId();
        SubjectKeys subjectKeys = blindIndex.of(submission.municipality(), submission.subject());
        List<ConcernId> earlier = subjectKeys.isEmpty()
                ? List.of()
                : concerns.aboutSubject(submission.municipality(), subjectKeys).stream()
                        .map(Concern::id)
                        .toList();
        ReceiptCode code = receiptCodes.of(id);
        List<AttachedFile> attached = attachments.store(id, submission.attachments());
        Changed<Concern> received;
        try {
            received = Concern.receive(
                    id,
                    submission.municipality(),
                    code,
                    submissionKey,
                    report,
                    caller.signedIn() ? caller.userId() : null,
                    attached,
                    subjectKeys,
                    earlier,
                    clock.instant());
            concerns.add(received.aggregate(), received.events());
        } catch (DuplicateSubmission sameAgain) {
            discardAttachments(id, attached);
            return concerns.findBySubmissionKey(submissionKey)
                    .map(this::repeatedReceipt)
                    .orElseThrow(() -> sameAgain);
        } catch (RuntimeException failed) {
            discardAttachments(id, attached);
            throw failed;
        }
        Concern concern = received.aggregate();
        log.info(
                "Concern {} received (acute: {}, reporter: {}, submitted as: {}, attachments: {}, earlier concerns about"
                        + " the subject: {})",
                concern.id(),
                concern.acute(),
                reporter.kind(),
                caller.role().claim(),
                attached.size(),
                earlier.size());
        return new Receipt(concern.id(), code, concern.receivedAt(), concern.status(), false);
    }

    /**
     * The receipt given before for this sender's idempotency key, if that submission arrived already: a
     * resubmitted form needs no second proof that it was sent by a person.
     */
    public Optional<Receipt> receiptGivenFor(Caller caller, @Nullable String idempotencyKey) {
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            return Optional.empty();
        }
        return concerns.findBySubmissionKey(submissionKey(caller, idempotencyKey))
                .map(this::repeatedReceipt);
    }

    private Receipt repeatedReceipt(Concern concern) {
        log.info("Concern {} was submitted again; the first receipt is given again", concern.id());
        return new Receipt(concern.id(), receiptCodes.of(concern.id()), concern.receivedAt(), concern.status(), true);
    }

    private void discardAttachments(ConcernId id, List<AttachedFile> attached) {
        if (!attached.isEmpty()) {
            attachments.discardAllOf(id);
        }
    }

    /**
     * The key that makes a repeated submission one concern: the sender's idempotency key, scoped to the
     * signed-in user (or to anonymous citizens, whose forms carry a random key), hashed so that the store
     * does not hold the key itself.
     */
    static String submissionKey(Caller caller, @Nullable String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return "none:" + UUID.randomUUID();
        }
        if (!IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInput("idempotencyKey", "must be 16 to 100 letters, digits, - or _, e.g. a UUID");
        }
        String scope = caller.signedIn() ? "user:" + caller.userId() : "anonymous";
        return sha256(scope + "|" + idempotencyKey);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Reporter reporterFor(Caller caller, @Nullable String callerName, ReporterDetails given) {
        if (!caller.signedIn()) {
            return new Reporter(given.kind(), given.name(), given.organisation(), given.email(), given.phone());
        }
        String name = isBlank(callerName) ? caller.userId() : callerName;
        String organisation = isBlank(caller.organisation()) ? given.organisation() : caller.organisation();
        if (caller.is(Role.REPORTER)) {
            if (!given.kind().mustGiveName()) {
                throw new InvalidInput("reporter.kind", "signed in, you report as STAFF or PARTNER");
            }
            return new Reporter(given.kind(), name, organisation, given.email(), given.phone());
        }
        if (caller.is(Role.MUNICIPAL_COORDINATOR, Role.POLICE_COORDINATOR)) {
            if (given.kind() != ReporterKind.STAFF) {
                throw new InvalidInput("reporter.kind", "a coordinator records a concern as STAFF");
            }
            if (isBlank(organisation)) {
                // codes only: the coordinator's role and municipality stand for their organisation
                organisation = caller.role().claim() + " " + caller.municipality();
            }
            return new Reporter(ReporterKind.STAFF, name, organisation, given.email(), given.phone());
        }
        // the endpoint admits no other role; should one get here, it is refused as the endpoint refuses it
        throw new NotFound("way to report for", caller.role().claim());
    }

    /**
     * A concern the caller may see: a coordinator's of a municipality they work for, or a reporter's own.
     *
     * @throws NotFound alike whether the concern does not exist or the caller may not see it
     */
    public Concern concern(ConcernId id, Caller caller) {
        return concerns.find(id)
                .filter(concern -> mayRead(caller, concern))
                .orElseThrow(() -> new NotFound("concern", id));
    }

    /** Need to know: no role reads across municipalities; a reporter sees only what they reported. */
    static boolean mayRead(Caller caller, Concern concern) {
        if (!caller.worksFor(concern.municipality())) {
            return false;
        }
        if (caller.is(Role.MUNICIPAL_COORDINATOR, Role.POLICE_COORDINATOR)) {
            return true;
        }
        return caller.is(Role.REPORTER) && concern.reportedBy(caller.userId());
    }

    /**
     * A file of a concern the caller has been allowed to see ({@link #concern}).
     *
     * @throws NotFound when the concern has no such file
     */
    public ConcernAttachments.StoredFile attachment(Concern concern, UUID attachmentId) {
        return attachments.open(concern.id(), attachmentId).orElseThrow(() -> new NotFound("attachment", attachmentId));
    }

    /** The concerns a signed-in reporter reported themselves, newest first. */
    public List<Concern> reportedBy(Caller caller) {
        if (!caller.is(Role.REPORTER)) {
            return List.of();
        }
        return concerns.reportedBy(caller.userId(), caller.municipalities());
    }

    /** The status a reporter may see, found by the code on their receipt: the code is the credential. */
    public ReceiptStatus statusByReceipt(ReceiptCode code) {
        return concerns.findByReceiptFingerprint(code.fingerprint())
                .map(Concern::receiptStatus)
                .orElseThrow(() -> new NotFound("concern with receipt", code.display()));
    }

    /**
     * The other concerns about the same person or group in the concern's municipality, oldest first, by
     * the blind index: for the coordinators, who see "3rd concern about this person".
     */
    public List<Concern> aboutTheSameSubject(Concern concern) {
        if (concern.subjectKeys().isEmpty()) {
            return List.of();
        }
        return concerns.aboutSubject(concern.municipality(), concern.subjectKeys()).stream()
                .filter(other -> !other.id().equals(concern.id()))
                .toList();
    }

    public void startHandling(ConcernId id, String causingEventId) {
        applyFromEvent(id, causingEventId, "start handling", Concern::startHandling);
    }

    public void close(ConcernId id, String causingEventId) {
        applyFromEvent(id, causingEventId, "close", Concern::close);
    }

    private void applyFromEvent(
            ConcernId id, String causingEventId, String what, Function<Concern, List<InfohusEvent>> change) {
        if (!concerns.change(id, causingEventId, change)) {
            throw new NotFound("concern to " + what, id);
        }
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
