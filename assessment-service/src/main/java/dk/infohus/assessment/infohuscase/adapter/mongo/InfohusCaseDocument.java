package dk.infohus.assessment.infohuscase.adapter.mongo;

import dk.infohus.assessment.infohuscase.application.InfohusCaseSummary;
import dk.infohus.assessment.infohuscase.domain.AssessmentDimension;
import dk.infohus.assessment.infohuscase.domain.Closure;
import dk.infohus.assessment.infohuscase.domain.InfohusCase;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseId;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseState;
import dk.infohus.assessment.infohuscase.domain.Recommendation;
import dk.infohus.assessment.infohuscase.domain.SubjectKind;
import dk.infohus.contracts.PersonalData;
import dk.infohus.platform.outbox.OutboxDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An Infohus case as stored: state, outbox and consumed event ids in one document. */
@Document(InfohusCaseDocument.COLLECTION)
class InfohusCaseDocument extends OutboxDocument {

    static final String COLLECTION = "infohusCases";

    /** The fields a list shows: ids and codes, never personal data. */
    static final String[] SUMMARY_FIELDS = {"municipality", "subjectKind", "state", "presentedAt"};

    @Id
    private String id;

    /** Every list is filtered by the caller's municipalities. */
    @Indexed
    private String municipality;

    private String subjectKind;
    private StoredSubject subject;
    private Instant presentedAt;
    private String municipalCoordinator;
    private String policeCoordinator;

    @Indexed
    private String state;

    private @Nullable StoredRecommendation recommendation;
    private @Nullable StoredClosure closure;

    /**
     * The person or group and everything the reporter told about them: the whole {@link PersonalData}, the
     * birth date as ISO text, so that no time zone can shift it. Documents stored before a concern carried
     * more than name, CPR number, birth date, address and account lack the other fields: they read as null,
     * the lists as empty.
     */
    record StoredSubject(
            String name,
            @Nullable String cprNumber,
            @Nullable String birthDate,
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
            LocalDate birthDate = subject.birthDate();
            return new StoredSubject(
                    subject.name(),
                    subject.cprNumber(),
                    birthDate == null ? null : birthDate.toString(),
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
            String born = birthDate;
            return new PersonalData(
                    name,
                    cprNumber,
                    born == null ? null : LocalDate.parse(born),
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

    record StoredRecommendation(
            List<String> departments,
            List<String> focusDimensions,
            String mainProblems,
            String resources,
            String recordedBy,
            Instant recordedAt) {}

    record StoredClosure(String reason, String closedBy, Instant closedAt) {}

    static InfohusCaseDocument of(InfohusCase infohusCase) {
        InfohusCaseDocument document = new InfohusCaseDocument();
        document.id = infohusCase.id().toString();
        document.municipality = infohusCase.municipality();
        document.subjectKind = infohusCase.subjectKind().name();
        document.subject = StoredSubject.of(infohusCase.subject());
        document.presentedAt = infohusCase.presentedAt();
        document.municipalCoordinator = infohusCase.municipalCoordinator();
        document.policeCoordinator = infohusCase.policeCoordinator();
        document.update(infohusCase);
        return document;
    }

    /** Takes over what a change may have changed: the state, the recommendation and the closure. */
    void update(InfohusCase infohusCase) {
        this.state = infohusCase.state().name();
        Recommendation made = infohusCase.recommendation();
        this.recommendation = made == null
                ? null
                : new StoredRecommendation(
                        made.departments(),
                        made.focusDimensionCodes(),
                        made.mainProblems(),
                        made.resources(),
                        made.recordedBy(),
                        made.recordedAt());
        Closure closed = infohusCase.closure();
        this.closure = closed == null ? null : new StoredClosure(closed.reason(), closed.closedBy(), closed.closedAt());
    }

    InfohusCase toInfohusCase() {
        StoredRecommendation made = recommendation;
        StoredClosure closed = closure;
        return InfohusCase.restore(
                new InfohusCaseId(UUID.fromString(id)),
                municipality,
                SubjectKind.valueOf(subjectKind),
                subject.toPersonalData(),
                presentedAt,
                municipalCoordinator,
                policeCoordinator,
                InfohusCaseState.valueOf(state),
                made == null
                        ? null
                        : new Recommendation(
                                made.departments(),
                                made.focusDimensions().stream()
                                        .map(code -> AssessmentDimension.ofCode(code, "focusDimensions"))
                                        .toList(),
                                made.mainProblems(),
                                made.resources(),
                                made.recordedBy(),
                                made.recordedAt()),
                closed == null ? null : new Closure(closed.reason(), closed.closedBy(), closed.closedAt()));
    }

    /** Reads a document loaded with {@link #SUMMARY_FIELDS} only. */
    InfohusCaseSummary toSummary() {
        return new InfohusCaseSummary(
                new InfohusCaseId(UUID.fromString(id)),
                municipality,
                SubjectKind.valueOf(subjectKind),
                InfohusCaseState.valueOf(state),
                presentedAt);
    }

    String state() {
        return state;
    }

    @Override
    public Object id() {
        return id;
    }
}
