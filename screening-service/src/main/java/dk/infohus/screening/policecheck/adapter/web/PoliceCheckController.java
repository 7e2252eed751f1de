package dk.infohus.screening.policecheck.adapter.web;

import dk.infohus.contracts.PersonalData;
import dk.infohus.screening.policecheck.adapter.web.PoliceCheckRequests.ClearanceRequest;
import dk.infohus.screening.policecheck.adapter.web.PoliceCheckRequests.DecisionRequest;
import dk.infohus.screening.policecheck.adapter.web.PoliceCheckRequests.TakeOverRequest;
import dk.infohus.screening.policecheck.application.PoliceChecks.QueueEntry;
import dk.infohus.screening.policecheck.application.PoliceScreening;
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

/** Police checks over REST: the police coordinator's queue and actions, and the coordinators' decision. */
@RestController
@RequestMapping("/api/police-checks")
class PoliceCheckController {

    private final PoliceScreening screening;

    PoliceCheckController(PoliceScreening screening) {
        this.screening = screening;
    }

    /** One line of the queue: ids and codes only, no personal data. */
    record QueueItem(UUID caseId, String municipality, PoliceCheckState state, boolean acute, Instant receivedAt) {}

    record StateResponse(UUID caseId, PoliceCheckState state) {}

    record SubjectResponse(
            SubjectKind kind,
            String name,
            @Nullable String cprNumber,
            @Nullable LocalDate birthDate,
            @Nullable String address,
            String account) {}

    record ClearanceResponse(String officer, @Nullable String note, Instant at) {}

    record TakeOverResponse(String officer, String reason, Instant at) {}

    record DecisionResponse(
            DecisionOutcome outcome,
            @Nullable NotPresentedReason reason,
            String municipalCoordinator,
            String policeCoordinator,
            Instant at) {}

    record PoliceCheckResponse(
            UUID caseId,
            String municipality,
            PoliceCheckState state,
            boolean acute,
            Instant receivedAt,
            Instant openedAt,
            List<String> concernSigns,
            SubjectResponse subject,
            @Nullable ClearanceResponse clearance,
            @Nullable TakeOverResponse takeOver,
            @Nullable DecisionResponse decision) {}

    /** The screening queue: acute first, then oldest first. */
    @GetMapping
    @Timed("infohus.screening.police-checks.queue")
    List<QueueItem> queue(@RequestParam(defaultValue = "OPEN") PoliceCheckState state) {
        return screening.queue(state).stream().map(PoliceCheckController::item).toList();
    }

    /** Everything the police coordinator needs to screen the concern, the person included. */
    @GetMapping("/{caseId}")
    @Timed("infohus.screening.police-checks.detail")
    PoliceCheckResponse policeCheck(@PathVariable UUID caseId) {
        return detail(screening.policeCheck(new PoliceCheckId(caseId)));
    }

    @PostMapping("/{caseId}/clearance")
    @Timed("infohus.screening.police-checks.cleared")
    StateResponse clear(@PathVariable UUID caseId, @Valid @RequestBody ClearanceRequest request) {
        return stateOf(screening.clear(new PoliceCheckId(caseId), new Officer(request.officer()), request.note()));
    }

    @PostMapping("/{caseId}/take-over")
    @Timed("infohus.screening.police-checks.taken-over")
    StateResponse takeOver(@PathVariable UUID caseId, @Valid @RequestBody TakeOverRequest request) {
        return stateOf(screening.takeOver(new PoliceCheckId(caseId), new Officer(request.officer()), request.reason()));
    }

    @PostMapping("/{caseId}/decision")
    @Timed("infohus.screening.police-checks.decided")
    StateResponse decide(@PathVariable UUID caseId, @Valid @RequestBody DecisionRequest request) {
        return stateOf(screening.decide(
                new PoliceCheckId(caseId),
                request.outcome(),
                request.reason(),
                new Coordinators(request.municipalCoordinator(), request.policeCoordinator())));
    }

    private static QueueItem item(QueueEntry entry) {
        return new QueueItem(
                entry.id().value(), entry.municipality(), entry.state(), entry.acute(), entry.receivedAt());
    }

    private static StateResponse stateOf(PoliceCheck check) {
        return new StateResponse(check.id().value(), check.state());
    }

    private static PoliceCheckResponse detail(PoliceCheck check) {
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
                new SubjectResponse(
                        concern.subjectKind(),
                        subject.name(),
                        subject.cprNumber(),
                        subject.birthDate(),
                        subject.address(),
                        subject.account()),
                clearance == null
                        ? null
                        : new ClearanceResponse(clearance.by().name(), clearance.note(), clearance.at()),
                takeOver == null ? null : new TakeOverResponse(takeOver.by().name(), takeOver.reason(), takeOver.at()),
                decision == null
                        ? null
                        : new DecisionResponse(
                                decision.outcome(),
                                decision.reason(),
                                decision.by().municipal(),
                                decision.by().police(),
                                decision.at()));
    }
}
