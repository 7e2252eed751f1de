package dk.infohus.intake.concern.adapter.mongo;

import dk.infohus.intake.concern.domain.Concern;
import dk.infohus.intake.concern.domain.ConcernId;
import dk.infohus.intake.concern.domain.ConcernStatus;
import dk.infohus.intake.concern.domain.CprNumber;
import dk.infohus.intake.concern.domain.Reporter;
import dk.infohus.intake.concern.domain.ReporterKind;
import dk.infohus.intake.concern.domain.Subject;
import dk.infohus.intake.concern.domain.SubjectKind;
import dk.infohus.platform.outbox.OutboxDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A concern as stored: state, outbox and consumed event ids in one document. */
@Document("concerns")
@CompoundIndex(name = "reported_by", def = "{'reporterUserId': 1, 'receivedAt': -1}")
class ConcernDocument extends OutboxDocument {

    @Id
    private String id;

    private String municipality;

    @Indexed(unique = true)
    private String receiptFingerprint;

    private String status;
    private Instant receivedAt;
    private boolean acute;
    private List<String> concernSigns;
    private StoredReporter reporter;
    private @Nullable String reporterUserId;
    private StoredSubject subject;
    private String account;

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
            @Nullable String address) {}

    static ConcernDocument of(Concern concern) {
        ConcernDocument document = new ConcernDocument();
        document.id = concern.id().toString();
        document.municipality = concern.municipality();
        document.receiptFingerprint = concern.receiptFingerprint();
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
                subject.address());
        document.reporterUserId = concern.reporterUserId();
        document.account = concern.account();
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
                new Reporter(
                        ReporterKind.valueOf(reporter.kind()),
                        reporter.name(),
                        reporter.organisation(),
                        reporter.email(),
                        reporter.phone()),
                reporterUserId,
                new Subject(
                        SubjectKind.valueOf(subject.kind()),
                        subject.name(),
                        subject.cprNumber() == null ? null : new CprNumber(subject.cprNumber()),
                        subject.birthDate(),
                        subject.address()),
                account,
                acute,
                concernSigns,
                receivedAt,
                ConcernStatus.valueOf(status));
    }

    @Override
    public Object id() {
        return id;
    }
}
