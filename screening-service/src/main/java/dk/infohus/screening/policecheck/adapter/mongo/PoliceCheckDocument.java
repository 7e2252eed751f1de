package dk.infohus.screening.policecheck.adapter.mongo;

import dk.infohus.calendar.Deadline;
import dk.infohus.calendar.WorkingDays;
import dk.infohus.contracts.PersonalData;
import dk.infohus.platform.outbox.OutboxDocument;
import dk.infohus.screening.policecheck.application.PoliceChecks.QueueEntry;
import dk.infohus.screening.policecheck.domain.Absence;
import dk.infohus.screening.policecheck.domain.AgeGroup;
import dk.infohus.screening.policecheck.domain.ChildAssessment;
import dk.infohus.screening.policecheck.domain.Clearance;
import dk.infohus.screening.policecheck.domain.ConcernDetails;
import dk.infohus.screening.policecheck.domain.CoordinatorSide;
import dk.infohus.screening.policecheck.domain.CoordinatorView;
import dk.infohus.screening.policecheck.domain.Coordinators;
import dk.infohus.screening.policecheck.domain.Deadlines;
import dk.infohus.screening.policecheck.domain.Decision;
import dk.infohus.screening.policecheck.domain.DecisionOutcome;
import dk.infohus.screening.policecheck.domain.Meeting;
import dk.infohus.screening.policecheck.domain.NotPresentedReason;
import dk.infohus.screening.policecheck.domain.Obstacle;
import dk.infohus.screening.policecheck.domain.ObstacleReason;
import dk.infohus.screening.policecheck.domain.Officer;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import dk.infohus.screening.policecheck.domain.PoliceNote;
import dk.infohus.screening.policecheck.domain.PoliceNoteKind;
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
@CompoundIndex(name = "queue", def = "{'state': 1, 'municipality': 1, 'acute': -1, 'sortDue': 1}")
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

    /** {@code CHILD}, {@code ADULT} or {@code UNKNOWN} on the day of receipt; absent in older documents. */
    private @Nullable String ageGroup;

    /** The earliest running deadline, {@link #NOTHING_DUE} when none runs: what the queue sorts by. */
    private @Nullable Instant sortDue;

    private @Nullable StoredDeadlines deadlines;
    private @Nullable List<StoredNote> notes;
    private @Nullable StoredClearance clearance;
    private @Nullable StoredTakeOver takeOver;
    private @Nullable StoredObstacle obstacle;
    private @Nullable StoredChildAssessment childAssessment;
    private @Nullable StoredView municipalView;
    private @Nullable StoredView policeView;
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

    record StoredNote(
            String kind,
            String text,
            String officer,
            Instant at,
            @Nullable String submission) {}

    record StoredObstacle(String reason, LocalDate lookAgainOn, String officer, Instant at) {}

    record StoredChildAssessment(
            String coordinator,
            boolean acuteMeasuresNeeded,
            @Nullable String note,
            Instant at) {}

    record StoredView(
            String coordinator, boolean present, @Nullable String note, Instant at) {

        static @Nullable StoredView of(@Nullable CoordinatorView view) {
            return view == null ? null : new StoredView(view.coordinator(), view.present(), view.note(), view.at());
        }

        CoordinatorView toView(CoordinatorSide side) {
            return new CoordinatorView(side, coordinator, present, note, at);
        }
    }

    /** Documents stored before the decision had a meeting, an explanation or an absence lack those: null. */
    record StoredDecision(
            String outcome,
            @Nullable String reason,
            String municipalCoordinator,
            String policeCoordinator,
            Instant at,
            @Nullable String meeting,
            @Nullable Boolean urgent,
            @Nullable String explanation,
            @Nullable String receivingUnit,
            @Nullable String absentSide,
            @Nullable String absenceReason) {}

    /**
     * The deadlines. Documents stored before screening kept deadlines lack them: they read as due five
     * working days after receipt on the Danish calendar.
     */
    record StoredDeadlines(
            Instant policeCheckDueAt,
            @Nullable LocalDate policeCheckLastDay,
            @Nullable Instant childAssessmentDueAt) {}

    /** What the queue sorts a check without a running deadline by: after every one that has one. */
    static final Instant NOTHING_DUE = Instant.parse("9999-12-31T00:00:00Z");

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
        document.ageGroup = concern.ageGroup().name();
        document.earlierConcerns =
                concern.earlierConcerns().stream().map(UUID::toString).toList();
        document.update(check);
        return document;
    }

    /** Takes the check's changeable state; outbox, consumed ids and version stay. */
    void update(PoliceCheck check) {
        this.state = check.state().name();
        Instant due = check.nextDueAt();
        this.sortDue = due == null ? NOTHING_DUE : due;
        Deadlines running = check.deadlines();
        Deadline child = running.childAssessment();
        this.deadlines = new StoredDeadlines(
                running.policeCheck().dueAt(),
                running.policeCheck().lastWorkingDay(),
                child == null ? null : child.dueAt());
        this.notes = check.notes().stream()
                .map(note -> new StoredNote(
                        note.kind().name(),
                        note.text(),
                        note.by().name(),
                        note.at(),
                        note.submission() == null ? null : note.submission().toString()))
                .toList();
        Clearance cleared = check.clearance();
        this.clearance =
                cleared == null ? null : new StoredClearance(cleared.by().name(), cleared.note(), cleared.at());
        TakeOver takenOver = check.takeOver();
        this.takeOver = takenOver == null
                ? null
                : new StoredTakeOver(takenOver.by().name(), takenOver.reason(), takenOver.at());
        Obstacle obstructed = check.obstacle();
        this.obstacle = obstructed == null
                ? null
                : new StoredObstacle(
                        obstructed.reason().name(),
                        obstructed.lookAgainOn(),
                        obstructed.by().name(),
                        obstructed.at());
        ChildAssessment assessed = check.childAssessment();
        this.childAssessment = assessed == null
                ? null
                : new StoredChildAssessment(
                        assessed.coordinator(), assessed.acuteMeasuresNeeded(), assessed.note(), assessed.at());
        this.municipalView = StoredView.of(check.viewOf(CoordinatorSide.MUNICIPAL));
        this.policeView = StoredView.of(check.viewOf(CoordinatorSide.POLICE));
        Decision decided = check.decision();
        this.decision = decided == null ? null : stored(decided);
    }

    private static StoredDecision stored(Decision decided) {
        Decision.Presentation presentation = decided.presentation();
        Absence absence = decided.absence();
        return new StoredDecision(
                decided.outcome().name(),
                decided.reason() == null ? null : decided.reason().name(),
                decided.by().municipal(),
                decided.by().police(),
                decided.at(),
                presentation == null ? null : presentation.meeting().name(),
                presentation == null ? null : presentation.urgent(),
                decided.explanation(),
                decided.receivingUnit(),
                absence == null ? null : absence.side().name(),
                absence == null ? null : absence.reason());
    }

    private static Decision restored(StoredDecision decision) {
        return new Decision(
                DecisionOutcome.valueOf(decision.outcome()),
                decision.reason() == null ? null : NotPresentedReason.valueOf(decision.reason()),
                new Coordinators(decision.municipalCoordinator(), decision.policeCoordinator()),
                decision.at(),
                decision.meeting() == null
                        ? null
                        : new Decision.Presentation(
                                Meeting.valueOf(decision.meeting()), Boolean.TRUE.equals(decision.urgent())),
                decision.explanation(),
                decision.receivingUnit(),
                decision.absentSide() == null || decision.absenceReason() == null
                        ? null
                        : new Absence(CoordinatorSide.valueOf(decision.absentSide()), decision.absenceReason()));
    }

    PoliceCheck toPoliceCheck() {
        ConcernDetails concern = new ConcernDetails(
                municipality,
                acute,
                SubjectKind.valueOf(subjectKind),
                concernSigns,
                receivedAt,
                subject.toPersonalData(),
                earlierConcerns());
        return PoliceCheck.restore(new PoliceCheck.Snapshot(
                new PoliceCheckId(UUID.fromString(id)),
                concern,
                openedAt,
                PoliceCheckState.valueOf(state),
                restoredDeadlines(),
                notes == null
                        ? List.of()
                        : notes.stream()
                                .map(note -> new PoliceNote(
                                        PoliceNoteKind.valueOf(note.kind()),
                                        note.text(),
                                        new Officer(note.officer()),
                                        note.at(),
                                        note.submission() == null ? null : UUID.fromString(note.submission())))
                                .toList(),
                clearance == null
                        ? null
                        : new Clearance(new Officer(clearance.officer()), clearance.note(), clearance.at()),
                takeOver == null
                        ? null
                        : new TakeOver(new Officer(takeOver.officer()), takeOver.reason(), takeOver.at()),
                obstacle == null
                        ? null
                        : new Obstacle(
                                ObstacleReason.valueOf(obstacle.reason()),
                                obstacle.lookAgainOn(),
                                new Officer(obstacle.officer()),
                                obstacle.at()),
                childAssessment == null
                        ? null
                        : new ChildAssessment(
                                childAssessment.coordinator(),
                                childAssessment.acuteMeasuresNeeded(),
                                childAssessment.note(),
                                childAssessment.at()),
                municipalView == null ? null : municipalView.toView(CoordinatorSide.MUNICIPAL),
                policeView == null ? null : policeView.toView(CoordinatorSide.POLICE),
                decision == null ? null : restored(decision)));
    }

    private Deadlines restoredDeadlines() {
        StoredDeadlines stored = deadlines;
        if (stored == null) {
            Deadline check = WorkingDays.danish().workingDaysAfter(receivedAt, 5);
            return new Deadlines(check, null);
        }
        Instant child = stored.childAssessmentDueAt();
        return new Deadlines(
                new Deadline(stored.policeCheckDueAt(), stored.policeCheckLastDay()),
                child == null ? null : new Deadline(child, null));
    }

    /** Reads a document loaded with only the queue's fields, see {@link MongoPoliceChecks#QUEUE_FIELDS}. */
    QueueEntry toQueueEntry() {
        Instant due = sortDue;
        return new QueueEntry(
                new PoliceCheckId(UUID.fromString(id)),
                municipality,
                PoliceCheckState.valueOf(state),
                acute,
                ageGroup == null ? AgeGroup.UNKNOWN : AgeGroup.valueOf(ageGroup),
                receivedAt,
                due == null || due.equals(NOTHING_DUE) ? null : due,
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
