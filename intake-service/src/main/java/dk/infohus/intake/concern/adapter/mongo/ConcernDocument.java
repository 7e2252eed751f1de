package dk.infohus.intake.concern.adapter.mongo;

import dk.infohus.intake.concern.domain.Account;
import dk.infohus.intake.concern.domain.AttachedFile;
import dk.infohus.intake.concern.domain.Concern;
import dk.infohus.intake.concern.domain.ConcernId;
import dk.infohus.intake.concern.domain.ConcernStatus;
import dk.infohus.intake.concern.domain.CprNumber;
import dk.infohus.intake.concern.domain.Report;
import dk.infohus.intake.concern.domain.Reporter;
import dk.infohus.intake.concern.domain.ReporterKind;
import dk.infohus.intake.concern.domain.Subject;
import dk.infohus.intake.concern.domain.SubjectKeys;
import dk.infohus.intake.concern.domain.SubjectKind;
import dk.infohus.platform.outbox.OutboxDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A concern as stored: state, outbox and consumed event ids in one document. Its submission key is unique,
 * so a submission sent twice cannot make two concerns, even when both arrive at the same instant.
 */
@Document("concerns")
@CompoundIndexes({
    @CompoundIndex(name = "reported_by", def = "{'reporterUserId': 1, 'receivedAt': -1}"),
    @CompoundIndex(name = "about_subject", def = "{'municipality': 1, 'subjectKeys': 1}")
})
class ConcernDocument extends OutboxDocument {

    @Id
    private String id;

    private String municipality;

    @Indexed(unique = true)
    private String receiptFingerprint;

    // sparse: concerns stored before submission keys existed have none
    @Indexed(unique = true, sparse = true)
    private String submissionKey;

    /** A digest of what was submitted (no personal data readable from it); absent on older documents. */
    private @Nullable String submissionFingerprint;

    private String status;
    private Instant receivedAt;
    private boolean acute;
    private List<String> concernSigns;
    private StoredReporter reporter;
    private @Nullable String reporterUserId;
    private StoredSubject subject;
    private StoredAccount account;
    private List<StoredAttachment> attachments;
    private List<String> subjectKeys;
    private List<String> earlierConcerns;

    record StoredReporter(
            String kind,
            @Nullable String name,
            @Nullable String organisation,
            @Nullable String email,
            @Nullable String phone) {}

    record StoredSubject(
            String kind,
            String name,
            @Nullable String cprNumber,
            @Nullable LocalDate birthDate,
            @Nullable Integer age,
            @Nullable String address,
            @Nullable String description) {}

    /** A file's id as text: the driver has no UUID representation configured, and need not. */
    record StoredAttachment(String id, String filename, String mediaType, long sizeBytes) {}

    record StoredAccount(
            String whatHappened,
            @Nullable String when,
            @Nullable String where,
            @Nullable List<String> onlinePlatforms,
            @Nullable List<String> links,
            @Nullable String otherAuthorities,
            @Nullable String relationToSubject) {}

    static ConcernDocument of(Concern concern) {
        ConcernDocument document = new ConcernDocument();
        document.id = concern.id().toString();
        document.municipality = concern.municipality();
        document.receiptFingerprint = concern.receiptFingerprint();
        document.submissionKey = concern.submissionKey();
        document.submissionFingerprint = concern.submissionFingerprint();
        document.receivedAt = concern.receivedAt();
        document.acute = concern.acute();
        document.concernSigns = concern.concernSigns();
        Reporter reporter = concern.reporter();
        document.reporter = new StoredReporter(
                reporter.kind().name(), reporter.name(), reporter.organisation(), reporter.email(), reporter.phone());
        Subject subject = concern.subject();
        document.subject = new StoredSubject(
                subject.kind().name(),
                subject.name(),
                subject.cprNumber() == null ? null : subject.cprNumber().value(),
                subject.birthDate(),
                subject.age(),
                subject.address(),
                subject.description());
        Account account = concern.account();
        document.account = new StoredAccount(
                account.whatHappened(),
                account.when(),
                account.where(),
                account.onlinePlatforms(),
                account.links(),
                account.otherAuthorities(),
                account.relationToSubject());
        document.reporterUserId = concern.reporterUserId();
        document.attachments = concern.attachments().stream()
                .map(file ->
                        new StoredAttachment(file.id().toString(), file.filename(), file.mediaType(), file.sizeBytes()))
                .toList();
        document.subjectKeys = concern.subjectKeys().values();
        document.earlierConcerns =
                concern.earlierConcerns().stream().map(ConcernId::toString).toList();
        document.update(concern);
        return document;
    }

    /** Takes the concern's changeable state; outbox, consumed ids and version stay. */
    void update(Concern concern) {
        this.status = concern.status().name();
    }

    Concern toConcern() {
        return Concern.restore(
                new ConcernId(UUID.fromString(id)),
                municipality,
                receiptFingerprint,
                submissionKey == null ? "none:" + id : submissionKey,
                submissionFingerprint,
                new Report(
                        new Reporter(
                                ReporterKind.valueOf(reporter.kind()),
                                reporter.name(),
                                reporter.organisation(),
                                reporter.email(),
                                reporter.phone()),
                        new Subject(
                                SubjectKind.valueOf(subject.kind()),
                                subject.name(),
                                subject.cprNumber() == null ? null : new CprNumber(subject.cprNumber()),
                                subject.birthDate(),
                                subject.age(),
                                subject.address(),
                                subject.description()),
                        new Account(
                                account.whatHappened(),
                                account.when(),
                                account.where(),
                                orEmpty(account.onlinePlatforms()),
                                orEmpty(account.links()),
                                account.otherAuthorities(),
                                account.relationToSubject()),
                        acute,
                        concernSigns),
                reporterUserId,
                orEmpty(attachments).stream()
                        .map(file -> new AttachedFile(
                                UUID.fromString(file.id()), file.filename(), file.mediaType(), file.sizeBytes()))
                        .toList(),
                new SubjectKeys(orEmpty(subjectKeys)),
                orEmpty(earlierConcerns).stream()
                        .map(earlier -> new ConcernId(UUID.fromString(earlier)))
                        .toList(),
                receivedAt,
                ConcernStatus.valueOf(status));
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    @Override
    public Object id() {
        return id;
    }
}
