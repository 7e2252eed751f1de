package dk.infohus.screening.policecheck.adapter.web;

import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.Role;
import dk.infohus.platform.security.Allow;
import dk.infohus.platform.security.Caller;
import dk.infohus.screening.policecheck.adapter.web.PoliceCheckRequests.ClearanceRequest;
import dk.infohus.screening.policecheck.adapter.web.PoliceCheckRequests.DecisionRequest;
import dk.infohus.screening.policecheck.adapter.web.PoliceCheckRequests.TakeOverRequest;
import dk.infohus.screening.policecheck.application.PoliceChecks.QueueEntry;
import dk.infohus.screening.policecheck.application.PoliceScreening;
import dk.infohus.screening.policecheck.application.VisiblePoliceCheck;
import dk.infohus.screening.policecheck.domain.Clearance;
import dk.infohus.screening.policecheck.domain.ConcernDetails;
import dk.infohus.screening.policecheck.domain.Decision;
import dk.infohus.screening.policecheck.domain.DecisionOutcome;
import dk.infohus.screening.policecheck.domain.NotPresentedReason;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import dk.infohus.screening.policecheck.domain.SubjectKind;
import dk.infohus.screening.policecheck.domain.TakeOver;
import io.micrometer.core.annotation.Timed;
import jakarta.validation.Valid;
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
 * Police checks over REST: the police coordinator's queue and actions, and the coordinators' decision. Who
 * may call what is declared here; which checks they see, and how much of them, {@link PoliceScreening}
 * decides.
 */
@RestController
@RequestMapping("/api/police-checks")
class PoliceCheckController {

    private final PoliceScreening screening;

    PoliceCheckController(PoliceScreening screening) {
        this.screening = screening;
    }

    /**
     * One line of the queue: ids and codes only, no personal data.
     *
     * @param concernNumberAboutSubject 1 for a first concern about its person or group, 3 for the third
     * @param earlierConcerns the case ids of the earlier concerns about the same subject, oldest first
     */
    record QueueItem(
            UUID caseId,
            String municipality,
            PoliceCheckState state,
            boolean acute,
            Instant receivedAt,
            int concernNumberAboutSubject,
            List<UUID> earlierConcerns) {}

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

    record ClearanceResponse(String officer, @Nullable String note, Instant at) {}

    /** @param reason null when the caller may see only the outcome */
    record TakeOverResponse(String officer, @Nullable String reason, Instant at) {}

    record DecisionResponse(
            DecisionOutcome outcome,
            @Nullable NotPresentedReason reason,
            String municipalCoordinator,
            String policeCoordinator,
            Instant at) {}

    /**
     * @param concernNumberAboutSubject 1 for a first concern about its person or group, 3 for the third
     * @param earlierConcerns the case ids of the earlier concerns about the same subject, oldest first
     * @param policeFindingsWithheld the caller sees the outcome of the police check but not the clearance
     *     note or the take-over reason, which are then null
     */
    record PoliceCheckResponse(
            UUID caseId,
            String municipality,
            PoliceCheckState state,
            boolean acute,
            Instant receivedAt,
            Instant openedAt,
            List<String> concernSigns,
            int concernNumberAboutSubject,
            List<UUID> earlierConcerns,
            SubjectResponse subject,
            @Nullable ClearanceResponse clearance,
            @Nullable TakeOverResponse takeOver,
            @Nullable DecisionResponse decision,
            boolean policeFindingsWithheld) {}

    /**
     * The screening queue of the municipalities the caller works for (a police district's, or the
     * municipal coordinator's own): acute first, then oldest first.
     */
    @GetMapping
    @Allow({Role.POLICE_COORDINATOR, Role.MUNICIPAL_COORDINATOR})
    @Timed("infohus.screening.police-checks.queue")
    List<QueueItem> queue(@RequestParam(defaultValue = "OPEN") PoliceCheckState state, Caller caller) {
        return screening.queue(state, caller).stream()
                .map(PoliceCheckController::item)
                .toList();
    }

    /**
     * Everything the police coordinator needs to screen the concern, the person included; the municipal
     * coordinator sees the same without the police findings beyond the outcome.
     */
    @GetMapping("/{caseId}")
    @Allow({Role.POLICE_COORDINATOR, Role.MUNICIPAL_COORDINATOR})
    @Timed("infohus.screening.police-checks.detail")
    PoliceCheckResponse policeCheck(@PathVariable UUID caseId, Caller caller) {
        return detail(screening.policeCheck(new PoliceCheckId(caseId), caller));
    }

    @PostMapping("/{caseId}/clearance")
    @Allow(Role.POLICE_COORDINATOR)
    @Timed("infohus.screening.police-checks.cleared")
    StateResponse clear(@PathVariable UUID caseId, @Valid @RequestBody ClearanceRequest request, Caller caller) {
        return stateOf(screening.clear(new PoliceCheckId(caseId), caller, request.note()));
    }

    @PostMapping("/{caseId}/take-over")
    @Allow(Role.POLICE_COORDINATOR)
    @Timed("infohus.screening.police-checks.taken-over")
    StateResponse takeOver(@PathVariable UUID caseId, @Valid @RequestBody TakeOverRequest request, Caller caller) {
        return stateOf(screening.takeOver(new PoliceCheckId(caseId), caller, request.reason()));
    }

    @PostMapping("/{caseId}/decision")
    @Allow({Role.POLICE_COORDINATOR, Role.MUNICIPAL_COORDINATOR})
    @Timed("infohus.screening.police-checks.decided")
    StateResponse decide(@PathVariable UUID caseId, @Valid @RequestBody DecisionRequest request, Caller caller) {
        return stateOf(screening.decide(
                new PoliceCheckId(caseId), caller, request.outcome(), request.reason(), request.otherCoordinator()));
    }

    private static QueueItem item(QueueEntry entry) {
        return new QueueItem(
                entry.id().value(),
                entry.municipality(),
                entry.state(),
                entry.acute(),
                entry.receivedAt(),
                entry.concernNumberAboutSubject(),
                entry.earlierConcerns());
    }

    private static StateResponse stateOf(PoliceCheck check) {
        return new StateResponse(check.id().value(), check.state());
    }

    private static PoliceCheckResponse detail(VisiblePoliceCheck visible) {
        PoliceCheck check = visible.check();
        ConcernDetails concern = check.concern();
        PersonalData subject = concern.subject();
        Clearance clearance = check.clearance();
        TakeOver takeOver = check.takeOver();
        Decision decision = check.decision();
        return new PoliceCheckResponse(
                check.id().value(),
                concern.municipality(),
                check.state(),
                concern.acute(),
                concern.receivedAt(),
                check.openedAt(),
                concern.concernSigns(),
                concern.concernNumberAboutSubject(),
                concern.earlierConcerns(),
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
                clearance == null
                        ? null
                        : new ClearanceResponse(clearance.by().name(), visible.clearanceNote(), clearance.at()),
                takeOver == null
                        ? null
                        : new TakeOverResponse(takeOver.by().name(), visible.takeOverReason(), takeOver.at()),
                decision == null
                        ? null
                        : new DecisionResponse(
                                decision.outcome(),
                                decision.reason(),
                                decision.by().municipal(),
                                decision.by().police(),
                                decision.at()),
                !visible.policeFindings());
    }
}
