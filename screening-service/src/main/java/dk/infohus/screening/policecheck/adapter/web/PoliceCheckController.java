package dk.infohus.screening.policecheck.adapter.web;

import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.Role;
import dk.infohus.platform.security.Allow;
import dk.infohus.platform.security.Caller;
import dk.infohus.screening.policecheck.adapter.web.PoliceCheckRequests.ChildAssessmentRequest;
import dk.infohus.screening.policecheck.adapter.web.PoliceCheckRequests.ClearanceRequest;
import dk.infohus.screening.policecheck.adapter.web.PoliceCheckRequests.DecisionRequest;
import dk.infohus.screening.policecheck.adapter.web.PoliceCheckRequests.NoteRequest;
import dk.infohus.screening.policecheck.adapter.web.PoliceCheckRequests.ObstacleRequest;
import dk.infohus.screening.policecheck.adapter.web.PoliceCheckRequests.TakeOverRequest;
import dk.infohus.screening.policecheck.adapter.web.PoliceCheckRequests.ViewRequest;
import dk.infohus.screening.policecheck.application.EarlierConcern;
import dk.infohus.screening.policecheck.application.PoliceChecks.QueueEntry;
import dk.infohus.screening.policecheck.application.PoliceChecks.QueuePage;
import dk.infohus.screening.policecheck.application.PoliceChecks.WaitingChecks;
import dk.infohus.screening.policecheck.application.PoliceScreening;
import dk.infohus.screening.policecheck.application.PoliceScreening.DecisionInput;
import dk.infohus.screening.policecheck.application.VisiblePoliceCheck;
import dk.infohus.screening.policecheck.domain.AgeGroup;
import dk.infohus.screening.policecheck.domain.ChildAssessment;
import dk.infohus.screening.policecheck.domain.Clearance;
import dk.infohus.screening.policecheck.domain.ConcernDetails;
import dk.infohus.screening.policecheck.domain.CoordinatorSide;
import dk.infohus.screening.policecheck.domain.CoordinatorView;
import dk.infohus.screening.policecheck.domain.Decision;
import dk.infohus.screening.policecheck.domain.DecisionOutcome;
import dk.infohus.screening.policecheck.domain.Meeting;
import dk.infohus.screening.policecheck.domain.NotPresentedReason;
import dk.infohus.screening.policecheck.domain.Obstacle;
import dk.infohus.screening.policecheck.domain.ObstacleReason;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import dk.infohus.screening.policecheck.domain.PoliceNoteKind;
import dk.infohus.screening.policecheck.domain.SubjectKind;
import dk.infohus.screening.policecheck.domain.TakeOver;
import dk.infohus.webui.WaitingWork;
import io.micrometer.core.annotation.Timed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Police checks over REST: the queue, the police coordinator's notes and outcomes, the child's 24-hour
 * assessment, and the coordinators' views and decision. Who may call what is declared here; which checks
 * they see, and how much of them, {@link PoliceScreening} decides.
 */
@RestController
@RequestMapping("/api/police-checks")
class PoliceCheckController {

    /** A page of the queue when the caller does not ask for another size. */
    static final int DEFAULT_PAGE_SIZE = 25;

    private final PoliceScreening screening;
    private final Clock clock;

    PoliceCheckController(PoliceScreening screening, Clock clock) {
        this.screening = screening;
        this.clock = clock;
    }

    /**
     * One line of the queue: ids and codes only, no personal data.
     *
     * @param dueAt the earliest deadline still running; null when none runs
     * @param overdue whether that deadline has passed
     * @param concernNumberAboutSubject 1 for a first concern about its person or group, 3 for the third
     * @param earlierConcerns the case ids of the earlier concerns about the same subject, oldest first
     */
    record QueueItem(
            UUID caseId,
            String municipality,
            PoliceCheckState state,
            boolean acute,
            AgeGroup ageGroup,
            Instant receivedAt,
            @Nullable Instant dueAt,
            boolean overdue,
            int concernNumberAboutSubject,
            List<UUID> earlierConcerns) {}

    /**
     * One page of the queue, at most {@value PoliceScreening#MAX_PAGE_SIZE} checks.
     *
     * @param page counted from 0
     * @param hasNext whether {@code page + 1} has checks
     */
    record QueuePageResponse(List<QueueItem> items, int page, int size, boolean hasNext) {}

    record StateResponse(UUID caseId, PoliceCheckState state) {}

    /** The person or group and everything the reporter told about them: the whole {@link PersonalData}. */
    record SubjectResponse(
            SubjectKind kind,
            String name,
            @Nullable String cprNumber,
            @Nullable LocalDate birthDate,
            @Nullable String address,
            String account,
            @Nullable Integer age,
            @Nullable String groupDescription,
            @Nullable String when,
            @Nullable String where,
            List<String> onlinePlatforms,
            List<String> links,
            @Nullable String otherAuthorities,
            @Nullable String reporterRelation) {}

    record NoteResponse(PoliceNoteKind kind, String text, String officer, Instant at) {}

    record ClearanceResponse(String officer, @Nullable String note, Instant at) {}

    /** @param reason null when the caller may see only the outcome */
    record TakeOverResponse(String officer, @Nullable String reason, Instant at) {}

    /** @param reason null when the caller may see only that something prevents Infohus handling */
    record ObstacleResponse(@Nullable ObstacleReason reason, LocalDate lookAgainOn, String officer, Instant at) {}

    record ChildAssessmentResponse(
            String coordinator,
            boolean acuteMeasuresNeeded,
            @Nullable String note,
            Instant at) {}

    record ViewResponse(
            String coordinator, boolean present, @Nullable String note, Instant at) {}

    record DecisionResponse(
            DecisionOutcome outcome,
            @Nullable NotPresentedReason reason,
            String municipalCoordinator,
            String policeCoordinator,
            Instant at,
            @Nullable Meeting meeting,
            @Nullable Boolean urgent,
            @Nullable String explanation,
            @Nullable String receivingUnit,
            @Nullable CoordinatorSide absent,
            @Nullable String absenceReason) {}

    /**
     * @param policeCheckDueAt the end of the police check's last working day
     * @param childAssessmentDueAt 24 hours after intake received a concern about a child; null otherwise
     * @param childAssessmentDone whether the municipal coordinator made that assessment
     */
    record DeadlinesResponse(
            Instant policeCheckDueAt,
            @Nullable LocalDate policeCheckLastDay,
            @Nullable Instant childAssessmentDueAt,
            boolean childAssessmentDone,
            @Nullable Instant nextDueAt,
            boolean overdue) {}

    record EarlierConcernResponse(
            UUID caseId,
            @Nullable Instant receivedAt,
            @Nullable PoliceCheckState state,
            boolean screenedOut,
            @Nullable NotPresentedReason reason,
            @Nullable String explanation,
            @Nullable Instant decidedAt) {}

    /**
     * A check as the caller may see it. Of a check the police took over, a municipal coordinator sees only
     * that the police have it: every field but the ids, the state and the receipt is then null or empty.
     *
     * @param policeFindingsWithheld the caller sees no police note, clearance note, obstacle reason or
     *     take-over reason, which are then empty or null
     * @param onlyThatThePoliceHaveIt the caller sees nothing of the concern but that the police have it
     * @param timesScreenedOut how many earlier concerns about the subject the coordinators screened out
     */
    record PoliceCheckResponse(
            UUID caseId,
            String municipality,
            PoliceCheckState state,
            boolean acute,
            @Nullable AgeGroup ageGroup,
            Instant receivedAt,
            Instant openedAt,
            List<String> concernSigns,
            int concernNumberAboutSubject,
            List<UUID> earlierConcerns,
            long timesScreenedOut,
            List<EarlierConcernResponse> history,
            @Nullable SubjectResponse subject,
            @Nullable DeadlinesResponse deadlines,
            List<NoteResponse> notes,
            @Nullable ClearanceResponse clearance,
            @Nullable TakeOverResponse takeOver,
            @Nullable ObstacleResponse obstacle,
            @Nullable ChildAssessmentResponse childAssessment,
            @Nullable ViewResponse municipalView,
            @Nullable ViewResponse policeView,
            @Nullable DecisionResponse decision,
            boolean policeFindingsWithheld,
            boolean onlyThatThePoliceHaveIt) {}

    /**
     * One page of the screening queue of the municipalities the caller works for (a police district's, or
     * the municipal coordinator's own): acute first, then overdue, then by due time.
     */
    @GetMapping
    @Allow({Role.POLICE_COORDINATOR, Role.POLICE_SYSTEM, Role.MUNICIPAL_COORDINATOR})
    @Timed("infohus.screening.police-checks.queue")
    QueuePageResponse queue(
            @RequestParam(defaultValue = "OPEN") PoliceCheckState state,
            @RequestParam(required = false) @Nullable String municipality,
            @RequestParam(required = false) @Nullable AgeGroup ageGroup,
            @RequestParam(required = false) @Nullable Boolean acute,
            @RequestParam(required = false) @Nullable Boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
            Caller caller) {
        QueuePage found = screening.queue(caller, state, municipality, ageGroup, acute, overdue, page, size);
        Instant now = clock.instant();
        return new QueuePageResponse(
                found.entries().stream().map(entry -> item(entry, now)).toList(),
                found.page(),
                found.size(),
                found.hasNext());
    }

    /**
     * How much waits for the caller and how much of it is overdue ({@code {"waiting":7,"overdue":2}}), for
     * the front door's workspace: counts only, within the caller's municipalities.
     */
    @GetMapping("/waiting")
    @Allow({Role.POLICE_COORDINATOR, Role.POLICE_SYSTEM, Role.MUNICIPAL_COORDINATOR})
    @Timed("infohus.screening.police-checks.waiting")
    WaitingWork waiting(Caller caller) {
        WaitingChecks counted = screening.waiting(caller);
        return new WaitingWork(counted.waiting(), counted.overdue());
    }

    /**
     * Everything the police coordinator needs to screen the concern, the person included; the municipal
     * coordinator sees the same without the police notes and findings beyond the outcome.
     */
    @GetMapping("/{caseId}")
    @Allow({Role.POLICE_COORDINATOR, Role.POLICE_SYSTEM, Role.MUNICIPAL_COORDINATOR})
    @Timed("infohus.screening.police-checks.detail")
    PoliceCheckResponse policeCheck(@PathVariable UUID caseId, Caller caller) {
        return detail(screening.policeCheck(new PoliceCheckId(caseId), caller), clock.instant());
    }

    @PostMapping("/{caseId}/notes")
    @Allow({Role.POLICE_COORDINATOR, Role.POLICE_SYSTEM})
    @Timed("infohus.screening.police-checks.noted")
    StateResponse addNote(@PathVariable UUID caseId, @Valid @RequestBody NoteRequest request, Caller caller) {
        return stateOf(screening.addNote(new PoliceCheckId(caseId), caller, request.kind(), request.text()));
    }

    @PostMapping("/{caseId}/clearance")
    @Allow({Role.POLICE_COORDINATOR, Role.POLICE_SYSTEM})
    @Timed("infohus.screening.police-checks.cleared")
    StateResponse clear(@PathVariable UUID caseId, @Valid @RequestBody ClearanceRequest request, Caller caller) {
        return stateOf(screening.clear(new PoliceCheckId(caseId), caller, request.note()));
    }

    @PostMapping("/{caseId}/take-over")
    @Allow({Role.POLICE_COORDINATOR, Role.POLICE_SYSTEM})
    @Timed("infohus.screening.police-checks.taken-over")
    StateResponse takeOver(@PathVariable UUID caseId, @Valid @RequestBody TakeOverRequest request, Caller caller) {
        return stateOf(screening.takeOver(new PoliceCheckId(caseId), caller, request.reason()));
    }

    @PostMapping("/{caseId}/obstacle")
    @Allow({Role.POLICE_COORDINATOR, Role.POLICE_SYSTEM})
    @Timed("infohus.screening.police-checks.obstructed")
    StateResponse obstacle(@PathVariable UUID caseId, @Valid @RequestBody ObstacleRequest request, Caller caller) {
        return stateOf(
                screening.recordObstacle(new PoliceCheckId(caseId), caller, request.reason(), request.lookAgainOn()));
    }

    @PostMapping("/{caseId}/child-assessment")
    @Allow(Role.MUNICIPAL_COORDINATOR)
    @Timed("infohus.screening.police-checks.child-assessed")
    StateResponse assessChild(
            @PathVariable UUID caseId, @Valid @RequestBody ChildAssessmentRequest request, Caller caller) {
        return stateOf(screening.assessChild(
                new PoliceCheckId(caseId), caller, request.acuteMeasuresNeeded(), request.note()));
    }

    @PostMapping("/{caseId}/views")
    @Allow({Role.POLICE_COORDINATOR, Role.MUNICIPAL_COORDINATOR})
    @Timed("infohus.screening.police-checks.viewed")
    StateResponse recordView(@PathVariable UUID caseId, @Valid @RequestBody ViewRequest request, Caller caller) {
        return stateOf(screening.recordView(new PoliceCheckId(caseId), caller, request.present(), request.note()));
    }

    @PostMapping("/{caseId}/decision")
    @Allow({Role.POLICE_COORDINATOR, Role.MUNICIPAL_COORDINATOR})
    @Timed("infohus.screening.police-checks.decided")
    StateResponse decide(@PathVariable UUID caseId, @Valid @RequestBody DecisionRequest request, Caller caller) {
        return stateOf(screening.decide(
                new PoliceCheckId(caseId),
                caller,
                new DecisionInput(
                        request.outcome(),
                        request.reason(),
                        request.explanation(),
                        request.receivingUnit(),
                        request.meeting(),
                        Boolean.TRUE.equals(request.urgent()),
                        request.otherCoordinator(),
                        request.absenceReason())));
    }

    private static QueueItem item(QueueEntry entry, Instant now) {
        return new QueueItem(
                entry.id().value(),
                entry.municipality(),
                entry.state(),
                entry.acute(),
                entry.ageGroup(),
                entry.receivedAt(),
                entry.nextDueAt(),
                entry.isOverdueAt(now),
                entry.concernNumberAboutSubject(),
                entry.earlierConcerns());
    }

    private static StateResponse stateOf(PoliceCheck check) {
        return new StateResponse(check.id().value(), check.state());
    }

    private static PoliceCheckResponse detail(VisiblePoliceCheck visible, Instant now) {
        PoliceCheck check = visible.check();
        ConcernDetails concern = check.concern();
        if (visible.onlyThatThePoliceHaveIt()) {
            return new PoliceCheckResponse(
                    check.id().value(),
                    concern.municipality(),
                    check.state(),
                    concern.acute(),
                    null,
                    concern.receivedAt(),
                    check.openedAt(),
                    List.of(),
                    0,
                    List.of(),
                    0,
                    List.of(),
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    true,
                    true);
        }
        PersonalData subject = concern.subject();
        Clearance clearance = check.clearance();
        TakeOver takeOver = check.takeOver();
        Obstacle obstacle = check.obstacle();
        ChildAssessment assessed = check.childAssessment();
        Decision decision = check.decision();
        var deadlines = check.deadlines();
        return new PoliceCheckResponse(
                check.id().value(),
                concern.municipality(),
                check.state(),
                concern.acute(),
                concern.ageGroup(),
                concern.receivedAt(),
                check.openedAt(),
                concern.concernSigns(),
                concern.concernNumberAboutSubject(),
                concern.earlierConcerns(),
                visible.timesScreenedOut(),
                visible.history().stream().map(PoliceCheckController::earlier).toList(),
                new SubjectResponse(
                        concern.subjectKind(),
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
                        subject.reporterRelation()),
                new DeadlinesResponse(
                        deadlines.policeCheck().dueAt(),
                        deadlines.policeCheck().lastWorkingDay(),
                        deadlines.childAssessment() == null
                                ? null
                                : deadlines.childAssessment().dueAt(),
                        assessed != null,
                        check.nextDueAt(),
                        check.isOverdueAt(now)),
                visible.notes().stream()
                        .map(note -> new NoteResponse(
                                note.kind(), note.text(), note.by().name(), note.at()))
                        .toList(),
                clearance == null
                        ? null
                        : new ClearanceResponse(clearance.by().name(), visible.clearanceNote(), clearance.at()),
                takeOver == null
                        ? null
                        : new TakeOverResponse(takeOver.by().name(), visible.takeOverReason(), takeOver.at()),
                obstacle == null
                        ? null
                        : new ObstacleResponse(
                                visible.obstacleReason(),
                                obstacle.lookAgainOn(),
                                obstacle.by().name(),
                                obstacle.at()),
                assessed == null
                        ? null
                        : new ChildAssessmentResponse(
                                assessed.coordinator(), assessed.acuteMeasuresNeeded(), assessed.note(), assessed.at()),
                view(check.viewOf(CoordinatorSide.MUNICIPAL)),
                view(check.viewOf(CoordinatorSide.POLICE)),
                decision == null ? null : decision(decision),
                !visible.policeFindings(),
                false);
    }

    private static @Nullable ViewResponse view(@Nullable CoordinatorView view) {
        return view == null ? null : new ViewResponse(view.coordinator(), view.present(), view.note(), view.at());
    }

    private static DecisionResponse decision(Decision decision) {
        Decision.Presentation presentation = decision.presentation();
        var absence = decision.absence();
        return new DecisionResponse(
                decision.outcome(),
                decision.reason(),
                decision.by().municipal(),
                decision.by().police(),
                decision.at(),
                presentation == null ? null : presentation.meeting(),
                presentation == null ? null : presentation.urgent(),
                decision.explanation(),
                decision.receivingUnit(),
                absence == null ? null : absence.side(),
                absence == null ? null : absence.reason());
    }

    private static EarlierConcernResponse earlier(EarlierConcern earlier) {
        return new EarlierConcernResponse(
                earlier.caseId(),
                earlier.receivedAt(),
                earlier.state(),
                earlier.screenedOut(),
                earlier.reason(),
                earlier.explanation(),
                earlier.decidedAt());
    }
}
