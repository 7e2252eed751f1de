package dk.infohus.referral.referral.adapter.web;

import dk.infohus.contracts.Role;
import dk.infohus.platform.security.Allow;
import dk.infohus.platform.security.Caller;
import dk.infohus.referral.referral.application.ReferralManagement;
import dk.infohus.referral.referral.application.ReferralManagement.CaseReferral;
import dk.infohus.referral.referral.domain.Outcome;
import dk.infohus.referral.referral.domain.Referral;
import dk.infohus.referral.referral.domain.ReferralId;
import dk.infohus.referral.referral.domain.ReferralState;
import io.micrometer.core.annotation.Timed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referrals over REST: each department's inbox, and what its caseworkers do with a referral. */
@RestController
@RequestMapping("/api/referrals")
class ReferralController {

    private final ReferralManagement management;

    ReferralController(ReferralManagement management) {
        this.management = management;
    }

    /** One line of a department's inbox: ids, codes and times only; this service holds no personal data. */
    record ReferralSummary(UUID referralId, UUID caseId, String department, ReferralState state, Instant issuedAt) {}

    record InboxResponse(String department, @Nullable ReferralState state, List<ReferralSummary> referrals) {}

    record ReferralResponse(
            UUID referralId,
            UUID caseId,
            String municipality,
            String department,
            List<String> focusDimensions,
            ReferralState state,
            Instant issuedAt,
            @Nullable Instant acknowledgedAt,
            @Nullable String acknowledgedBy,
            @Nullable Instant closedAt,
            @Nullable String closedBy,
            @Nullable Outcome outcome) {}

    record StateResponse(UUID referralId, ReferralState state) {}

    /**
     * A department's referrals in the caller's municipality, oldest first: a caseworker's own department,
     * or any department for the municipal coordinator. The department is optional to Spring only so that
     * leaving it out is reported like any other bad input, as a problem naming the field.
     */
    @GetMapping
    @Allow({Role.DEPARTMENT_CASEWORKER, Role.MUNICIPAL_COORDINATOR})
    @Timed("infohus.referral.inbox")
    InboxResponse inbox(
            @RequestParam(required = false)
                    @Nullable
                    @NotNull(message = "name the department whose referrals to list")
                    @Size(max = 60)
                    @Pattern(
                            regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                            message = "must be a department code, e.g. boern-og-forebyggelse")
                    String department,
            @RequestParam(required = false) @Nullable ReferralState state,
            Caller caller) {
        String code = Objects.requireNonNull(department);
        List<ReferralSummary> referrals = management.inbox(code, state, caller).stream()
                .map(found -> new ReferralSummary(
                        found.referral().id().value(),
                        found.caseId().value(),
                        found.referral().department(),
                        found.referral().state(),
                        found.referral().issuedAt()))
                .toList();
        return new InboxResponse(code, state, referrals);
    }

    /** One referral, for a caseworker of its department or the coordinator of its municipality. */
    @GetMapping("/{referralId}")
    @Allow({Role.DEPARTMENT_CASEWORKER, Role.MUNICIPAL_COORDINATOR})
    @Timed("infohus.referral.referral")
    ReferralResponse referral(@PathVariable UUID referralId, Caller caller) {
        return response(management.referral(new ReferralId(referralId), caller));
    }

    /**
     * A caseworker of the referral's department confirms it was received. The body is optional: it is
     * read only so that a field in it, such as a caseworker's name, is refused instead of ignored.
     */
    @PostMapping("/{referralId}/acknowledgement")
    @Allow(Role.DEPARTMENT_CASEWORKER)
    @Timed("infohus.referral.acknowledged")
    StateResponse acknowledge(
            @PathVariable UUID referralId,
            @RequestBody(required = false) @Nullable AcknowledgementRequest request,
            Caller caller) {
        CaseReferral acknowledged = management.acknowledge(new ReferralId(referralId), caller);
        return new StateResponse(referralId, acknowledged.referral().state());
    }

    /** A caseworker of the referral's department reports back and closes it. */
    @PostMapping("/{referralId}/closure")
    @Allow(Role.DEPARTMENT_CASEWORKER)
    @Timed("infohus.referral.closed")
    StateResponse close(@PathVariable UUID referralId, @Valid @RequestBody ClosureRequest request, Caller caller) {
        CaseReferral closed = management.close(new ReferralId(referralId), caller, request.outcome());
        return new StateResponse(referralId, closed.referral().state());
    }

    private static ReferralResponse response(CaseReferral found) {
        Referral referral = found.referral();
        return new ReferralResponse(
                referral.id().value(),
                found.caseId().value(),
                found.municipality(),
                referral.department(),
                referral.focusDimensions(),
                referral.state(),
                referral.issuedAt(),
                referral.acknowledgedAt(),
                referral.acknowledgedBy() == null
                        ? null
                        : referral.acknowledgedBy().userId(),
                referral.closedAt(),
                referral.closedBy() == null ? null : referral.closedBy().userId(),
                referral.outcome());
    }
}
