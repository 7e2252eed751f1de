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
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
    private final ReceiptMail receiptMail;

    /** Without mail: receipts are shown, never mailed. */
    public ConcernIntake(
            Concerns concerns,
            ConcernAttachments attachments,
            ReceiptCodes receiptCodes,
            BlindIndex blindIndex,
            Clock clock) {
        this(concerns, attachments, receiptCodes, blindIndex, clock, ReceiptMail.NONE);
    }

    public ConcernIntake(
            Concerns concerns,
            ConcernAttachments attachments,
            ReceiptCodes receiptCodes,
            BlindIndex blindIndex,
            Clock clock,
            ReceiptMail receiptMail) {
        this.concerns = concerns;
        this.attachments = attachments;
        this.receiptCodes = receiptCodes;
        this.blindIndex = blindIndex;
        this.clock = clock;
        this.receiptMail = receiptMail;
    }

    /** Whether a reporter may ask for the receipt code by email. */
    public boolean receiptsByEmail() {
        return receiptMail.available();
    }

    /**
     * What the reporter takes away: the code to look the concern up with.
     *
     * @param repeated this submission had arrived before; the receipt is the one given then
     * @param mailed the code was sent to the reporter's email address, as they asked (never for a repeat)
     */
    public record Receipt(
            ConcernId concernId,
            ReceiptCode code,
            Instant receivedAt,
            ConcernStatus status,
            boolean repeated,
            boolean mailed) {}

    /**
     * What the form says about who reports. A citizen's word is taken as given; for a signed-in caller the
     * name (and organisation, when the token names one) come from their token instead.
     */
    public record ReporterDetails(
            ReporterKind kind,
            @Nullable String name,
            @Nullable String organisation,
            @Nullable String email,
            @Nullable String phone) {

        /** @throws InvalidInput naming the field when a detail is over its limit or not what it says */
        public ReporterDetails {
            Reporter.requireContactDetails(name, organisation, email, phone);
        }
    }

    /**
     * A concern as submitted, before the caller is taken into account.
     *
     * @param idempotencyKey the form's or the API call's key for this submission (16 to 100 letters, digits,
     *     {@code -} or {@code _}); the same key from the same sender makes one concern. Null: every call is new
     * @param attachments files to store with the concern; checked before anything is stored
     * @param mailReceiptIn the reporter asks for the receipt code by email, at the address they give, in
     *     this language; null: the receipt is only shown
     */
    public record Submission(
            String municipality,
            ReporterDetails reporter,
            Subject subject,
            Account account,
            boolean acute,
            List<String> concernSigns,
            @Nullable String idempotencyKey,
            List<ConcernAttachments.Upload> attachments,
            @Nullable Locale mailReceiptIn) {

        public Submission {
            concernSigns = List.copyOf(concernSigns);
            attachments = List.copyOf(attachments);
        }

        /** A submission whose receipt is only shown. */
        public Submission(
                String municipality,
                ReporterDetails reporter,
                Subject subject,
                Account account,
                boolean acute,
                List<String> concernSigns,
                @Nullable String idempotencyKey,
                List<ConcernAttachments.Upload> attachments) {
            this(municipality, reporter, subject, account, acute, concernSigns, idempotencyKey, attachments, null);
        }
    }

    /** {@link #receive(Caller, String, Submission, Admission)} with nothing more to prove. */
    public Receipt receive(Caller caller, @Nullable String callerName, Submission submission) {
        return receive(caller, callerName, submission, Admission.NONE);
    }

    /**
     * A new concern: stored with its {@code ConcernReceived} event in one write, then published; the
     * receipt code mailed when the reporter asked for it.
     *
     * <p>A citizen may report to any municipality, anonymously or not. A signed-in caller reports to a
     * municipality they work for and as themselves: a reporter as STAFF or PARTNER, a coordinator who
     * records a concern received by phone as STAFF.
     *
     * <p>In this order: the rules (nothing is asked of the sender for a submission that breaks one), then
     * whether the same submission arrived before (its receipt again, without a second proof), then the
     * admission, then the files and the concern. Of two sends of one submission at the same moment, the
     * store keeps one concern (one per submission key) and both get its receipt.
     *
     * @param callerName the caller's display name from their token, if it has one; else their user id is used
     * @param admission what the sender must prove for a new submission
     * @throws InvalidInput naming the field of the first rule the submission breaks, or the admission's refusal
     */
    public Receipt receive(Caller caller, @Nullable String callerName, Submission submission, Admission admission) {
        Reporter reporter = check(caller, callerName, submission);
        Report report = new Report(
                reporter, submission.subject(), submission.account(), submission.acute(), submission.concernSigns());
        String fingerprint = fingerprint(submission);
        String submissionKey = submissionKey(caller, submission.idempotencyKey(), fingerprint);
        Optional<Concern> before = concerns.findBySubmissionKey(submissionKey);
        if (before.isPresent()) {
            return repeatedReceipt(before.get(), fingerprint);
        }
        admission.admit(submissionKey);
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
                    fingerprint,
                    report,
                    caller.signedIn() ? caller.userId() : null,
                    attached,
                    subjectKeys,
                    earlier,
                    clock.instant());
            concerns.add(received.aggregate(), received.events());
        } catch (DuplicateSubmission sameAgain) {
            // the same submission, sent at the same moment, was stored first: its receipt
            discardAttachments(id, attached);
            return concerns.findBySubmissionKey(submissionKey)
                    .map(first -> repeatedReceipt(first, fingerprint))
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
        boolean mailed = false;
        Locale language = submission.mailReceiptIn();
        if (language != null && reporter.email() != null) {
            receiptMail.send(reporter.email(), code, language);
            mailed = true;
        }
        return new Receipt(concern.id(), code, concern.receivedAt(), concern.status(), false, mailed);
    }

    /**
     * The rules a submission must keep before anything is asked or stored: where the caller may report,
     * as whom, a birth date before today, and an address and a mail server for a receipt by email.
     *
     * @return the reporter the submission is from
     */
    private Reporter check(Caller caller, @Nullable String callerName, Submission submission) {
        if (caller.signedIn() && !caller.worksFor(submission.municipality())) {
            throw new InvalidInput(
                    "municipality",
                    "not-yours",
                    "signed in, you report to a municipality you work for: "
                            + String.join(", ", new TreeSet<>(caller.municipalities())));
        }
        LocalDate birthDate = submission.subject().birthDate();
        if (birthDate != null && !birthDate.isBefore(LocalDate.now(clock))) {
            throw new InvalidInput("subject.birthDate", "not-past", "must be before today");
        }
        if (submission.mailReceiptIn() != null) {
            if (!receiptMail.available()) {
                throw new InvalidInput("receiptByEmail", "unavailable", "receipts cannot be mailed here");
            }
            if (isBlank(submission.reporter().email())) {
                throw new InvalidInput("reporter.email", "required", "give the address to mail the receipt to");
            }
        }
        if (submission.idempotencyKey() != null
                && !submission.idempotencyKey().isBlank()
                && !IDEMPOTENCY_KEY.matcher(submission.idempotencyKey()).matches()) {
            throw new InvalidInput(
                    "idempotencyKey", "malformed", "must be 16 to 100 letters, digits, - or _, e.g. a UUID");
        }
        return reporterFor(caller, callerName, submission.reporter());
    }

    /**
     * The receipt given before for the same submission; a different submission under the same key is
     * refused, never answered with the first one's receipt.
     */
    private Receipt repeatedReceipt(Concern concern, String fingerprint) {
        if (concern.submissionFingerprint() != null
                && !concern.submissionFingerprint().equals(fingerprint)) {
            log.info("Concern {}'s idempotency key was sent again with a different submission: refused", concern.id());
            throw new IdempotencyKeyReused();
        }
        log.info("Concern {} was submitted again; the first receipt is given again", concern.id());
        return new Receipt(
                concern.id(), receiptCodes.of(concern.id()), concern.receivedAt(), concern.status(), true, false);
    }

    private void discardAttachments(ConcernId id, List<AttachedFile> attached) {
        if (!attached.isEmpty()) {
            attachments.discardAllOf(id);
        }
    }

    /**
     * The key that makes a repeated submission one concern: the sender's idempotency key, scoped to its
     * sender as the IETF Idempotency-Key draft asks, hashed so that the store does not hold the key itself.
     * A signed-in sender is their user id; an anonymous sender is known by nothing but what they send, so
     * their key is bound to the submission's fingerprint: two citizens who happen to use one key with
     * different concerns make two concerns, each with its own receipt, and neither learns of the other.
     */
    static String submissionKey(Caller caller, @Nullable String idempotencyKey, String fingerprint) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return "none:" + UUID.randomUUID();
        }
        if (!IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInput(
                    "idempotencyKey", "malformed", "must be 16 to 100 letters, digits, - or _, e.g. a UUID");
        }
        String scope = caller.signedIn() ? "user:" + caller.userId() : "anonymous:" + fingerprint;
        return sha256(scope + "|" + idempotencyKey);
    }

    /**
     * A digest of everything submitted (the files by name and size), salted with the idempotency key so
     * that nobody without the key can test a guess of the content against it.
     */
    static String fingerprint(Submission submission) {
        Canonical text = new Canonical().add(submission.idempotencyKey()).add(submission.municipality());
        ReporterDetails reporter = submission.reporter();
        text.add(reporter.kind().name())
                .add(reporter.name())
                .add(reporter.organisation())
                .add(reporter.email())
                .add(reporter.phone());
        Subject subject = submission.subject();
        text.add(subject.kind().name())
                .add(subject.name())
                .add(subject.cprNumber() == null ? null : subject.cprNumber().value())
                .add(subject.birthDate() == null ? null : subject.birthDate().toString())
                .add(subject.age() == null ? null : subject.age().toString())
                .add(subject.address())
                .add(subject.description());
        Account account = submission.account();
        text.add(account.whatHappened())
                .add(account.when())
                .add(account.where())
                .add(account.onlinePlatforms())
                .add(account.links())
                .add(account.otherAuthorities())
                .add(account.relationToSubject());
        text.add(Boolean.toString(submission.acute())).add(submission.concernSigns());
        text.add(submission.attachments().stream()
                .map(upload -> upload.filename() + "/" + upload.size())
                .toList());
        return sha256(text.toString());
    }

    /** Values one after another, each with its length, so that no two submissions read the same. */
    private static final class Canonical {
        private final StringBuilder text = new StringBuilder();

        Canonical add(@Nullable String value) {
            if (value == null) {
                text.append("-;");
            } else {
                text.append(value.length()).append(':').append(value).append(';');
            }
            return this;
        }

        Canonical add(List<String> values) {
            text.append('[').append(values.size()).append(';');
            values.forEach(this::add);
            return this;
        }

        @Override
        public String toString() {
            return text.toString();
        }
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
                throw new InvalidInput("reporter.kind", "not-allowed", "signed in, you report as STAFF or PARTNER");
            }
            return new Reporter(given.kind(), name, organisation, given.email(), given.phone());
        }
        if (caller.is(Role.MUNICIPAL_COORDINATOR, Role.POLICE_COORDINATOR)) {
            if (given.kind() != ReporterKind.STAFF) {
                throw new InvalidInput("reporter.kind", "not-allowed", "a coordinator records a concern as STAFF");
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
