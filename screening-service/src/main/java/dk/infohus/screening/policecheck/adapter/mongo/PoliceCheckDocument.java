package dk.infohus.screening.policecheck.adapter.mongo;

import dk.infohus.contracts.PersonalData;
import dk.infohus.platform.outbox.OutboxDocument;
import dk.infohus.screening.policecheck.application.PoliceChecks.QueueEntry;
import dk.infohus.screening.policecheck.domain.Clearance;
import dk.infohus.screening.policecheck.domain.ConcernDetails;
import dk.infohus.screening.policecheck.domain.Coordinators;
import dk.infohus.screening.policecheck.domain.Decision;
import dk.infohus.screening.policecheck.domain.DecisionOutcome;
import dk.infohus.screening.policecheck.domain.NotPresentedReason;
import dk.infohus.screening.policecheck.domain.Officer;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import dk.infohus.screening.policecheck.domain.SubjectKind;
import dk.infohus.screening.policecheck.domain.TakeOver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A police check as stored: state, outbox and consumed event ids in one document, whose id is the case id. */
@Document("policeChecks")
@CompoundIndex(name = "queue", def = "{'state': 1, 'acute': -1, 'receivedAt': 1}")
class PoliceCheckDocument extends OutboxDocument {

    @Id
    private String id;

    private String municipality;
    private String state;
    private boolean acute;
    private String subjectKind;
    private List<String> concernSigns;
    private Instant receivedAt;
    private Instant openedAt;
    private StoredSubject subject;

    /** Case ids of earlier concerns about the same subject, oldest first; absent in older documents. */
    private @Nullable List<String> earlierConcerns;

    private @Nullable StoredClearance clearance;
    private @Nullable StoredTakeOver takeOver;
    private @Nullable StoredDecision decision;

    /**
     * The whole {@link PersonalData}. Documents stored before a concern carried more than name, CPR number,
     * birth date, address and account lack the other fields: they read as null, the lists as empty.
     */
    record StoredSubject(
            String name,
            @Nullable String cprNumber,
            @Nullable LocalDate birthDate,
            @Nullable String address,
            String account,
            @Nullable Integer age,
            @Nullable String groupDescription,
            @Nullable String when,
            @Nullable String where,
            @Nullable List<String> onlinePlatforms,
            @Nullable List<String> links,
            @Nullable String otherAuthorities,
            @Nullable String reporterRelation) {

        static StoredSubject of(PersonalData subject) {
            return new StoredSubject(
                    subject.name(),
                    subject.cprNumber(),
                    subject.birthDate(),
                    subject.address(),
                    subject.account(),
                    subject.age(),
                    subject.groupDescription(),
                    subject.when(),
                    subject.where(),
                    subject.onlinePlatforms(),
                    subject.links(),
                    subject.otherAuthorities(),
                    subject.reporterRelation());
        }

        PersonalData toPersonalData() {
            return new PersonalData(
                    name,
                    cprNumber,
                    birthDate,
                    address,
                    account,
                    age,
                    groupDescription,
                    when,
                    where,
                    onlinePlatforms,
                    links,
                    otherAuthorities,
                    reporterRelation);
        }
    }

    record StoredClearance(String officer, @Nullable String note, Instant at) {}

    record StoredTakeOver(String officer, String reason, Instant at) {}

    record StoredDecision(
            String outcome,
            @Nullable String reason,
            String municipalCoordinator,
            String policeCoordinator,
            Instant at) {}

    static PoliceCheckDocument of(PoliceCheck check) {
        PoliceCheckDocument document = new PoliceCheckDocument();
        ConcernDetails concern = check.concern();
        document.id = check.id().toString();
        document.municipality = concern.municipality();
        document.acute = concern.acute();
        document.subjectKind = concern.subjectKind().name();
        document.concernSigns = concern.concernSigns();
        document.receivedAt = concern.receivedAt();
        document.openedAt = check.openedAt();
        document.subject = StoredSubject.of(concern.subject());
        document.earlierConcerns =
                concern.earlierConcerns().stream().map(UUID::toString).toList();
        document.update(check);
        return document;
    }

    /** Takes the check's changeable state; outbox, consumed ids and version stay. */
    void update(PoliceCheck check) {
        this.state = check.state().name();
        Clearance cleared = check.clearance();
        this.clearance =
                cleared == null ? null : new StoredClearance(cleared.by().name(), cleared.note(), cleared.at());
        TakeOver takenOver = check.takeOver();
        this.takeOver = takenOver == null
                ? null
                : new StoredTakeOver(takenOver.by().name(), takenOver.reason(), takenOver.at());
        Decision decided = check.decision();
        this.decision = decided == null
                ? null
                : new StoredDecision(
                        decided.outcome().name(),
                        decided.reason() == null ? null : decided.reason().name(),
                        decided.by().municipal(),
                        decided.by().police(),
                        decided.at());
    }

    PoliceCheck toPoliceCheck() {
        return PoliceCheck.restore(
                new PoliceCheckId(UUID.fromString(id)),
                new ConcernDetails(
                        municipality,
                        acute,
                        SubjectKind.valueOf(subjectKind),
                        concernSigns,
                        receivedAt,
                        subject.toPersonalData(),
                        earlierConcerns()),
                openedAt,
                PoliceCheckState.valueOf(state),
                clearance == null
                        ? null
                        : new Clearance(new Officer(clearance.officer()), clearance.note(), clearance.at()),
                takeOver == null
                        ? null
                        : new TakeOver(new Officer(takeOver.officer()), takeOver.reason(), takeOver.at()),
                decision == null
                        ? null
                        : new Decision(
                                DecisionOutcome.valueOf(decision.outcome()),
                                decision.reason() == null ? null : NotPresentedReason.valueOf(decision.reason()),
                                new Coordinators(decision.municipalCoordinator(), decision.policeCoordinator()),
                                decision.at()));
    }

    /** Reads a document loaded with only the queue's fields, see {@link MongoPoliceChecks#QUEUE_FIELDS}. */
    QueueEntry toQueueEntry() {
        return new QueueEntry(
                new PoliceCheckId(UUID.fromString(id)),
                municipality,
                PoliceCheckState.valueOf(state),
                acute,
                receivedAt,
                earlierConcerns());
    }

    private List<UUID> earlierConcerns() {
        List<String> ids = earlierConcerns;
        return ids == null ? List.of() : ids.stream().map(UUID::fromString).toList();
    }

    @Override
    public Object id() {
        return id;
    }
}
