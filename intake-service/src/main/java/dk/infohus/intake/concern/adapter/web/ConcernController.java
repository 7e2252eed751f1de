package dk.infohus.intake.concern.adapter.web;

import dk.infohus.contracts.Role;
import dk.infohus.intake.concern.application.ConcernIntake;
import dk.infohus.intake.concern.application.ConcernIntake.Receipt;
import dk.infohus.intake.concern.application.ConcernIntake.ReporterDetails;
import dk.infohus.intake.concern.application.ConcernIntake.Submission;
import dk.infohus.intake.concern.domain.Concern;
import dk.infohus.intake.concern.domain.ConcernId;
import dk.infohus.intake.concern.domain.ConcernStatus;
import dk.infohus.intake.concern.domain.CprNumber;
import dk.infohus.intake.concern.domain.ReceiptCode;
import dk.infohus.intake.concern.domain.Subject;
import dk.infohus.platform.security.Allow;
import dk.infohus.platform.security.Caller;
import io.micrometer.core.annotation.Timed;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Concerns over REST: for the public form, staff and partner systems, and the coordinators. */
@RestController
@RequestMapping("/api")
class ConcernController {

    /** The token claim with the signed-in person's display name, as the identity provider issues it. */
    static final String NAME_CLAIM = "name";

    private final ConcernIntake intake;

    ConcernController(ConcernIntake intake) {
        this.intake = intake;
    }

    record ReceiptResponse(UUID concernId, String receiptCode, Instant receivedAt, ConcernStatus status) {}

    record ConcernResponse(
            UUID concernId, String municipality, Instant receivedAt, boolean acute, ConcernStatus status) {}

    /** One of a reporter's own concerns: when and how far, never its content. */
    record OwnConcernResponse(UUID concernId, Instant receivedAt, ConcernStatus status) {}

    record StatusResponse(ConcernStatus status) {}

    /**
     * A citizen reports without signing in; a reporter signed in, as themselves; a coordinator records a
     * concern received by phone. A signed-in caller's name comes from their token, not from the body.
     */
    @PostMapping("/concerns")
    @Allow({Role.CITIZEN, Role.REPORTER, Role.MUNICIPAL_COORDINATOR, Role.POLICE_COORDINATOR})
    @Timed("infohus.intake.concerns.received")
    ResponseEntity<ReceiptResponse> receive(
            @Valid @RequestBody ConcernRequest request, Caller caller, @AuthenticationPrincipal @Nullable Jwt token) {
        var reporter = request.reporter();
        var subject = request.subject();
        Receipt receipt = intake.receive(
                caller,
                token == null ? null : token.getClaimAsString(NAME_CLAIM),
                new Submission(
                        request.municipality(),
                        new ReporterDetails(
                                reporter.kind(),
                                reporter.name(),
                                reporter.organisation(),
                                reporter.email(),
                                reporter.phone()),
                        new Subject(
                                subject.kind(),
                                subject.name(),
                                subject.cprNumber() == null
                                                || subject.cprNumber().isBlank()
                                        ? null
                                        : CprNumber.parse(subject.cprNumber()),
                                subject.birthDate(),
                                subject.address()),
                        request.account(),
                        Boolean.TRUE.equals(request.acute()),
                        request.concernSigns() == null ? List.of() : request.concernSigns()));
        return ResponseEntity.created(URI.create("/api/concerns/" + receipt.concernId()))
                .body(new ReceiptResponse(
                        receipt.concernId().value(), receipt.code().display(), receipt.receivedAt(), receipt.status()));
    }

    /** A signed-in reporter's own concerns, newest first. */
    @GetMapping("/concerns/mine")
    @Allow(Role.REPORTER)
    List<OwnConcernResponse> mine(Caller caller) {
        return intake.reportedBy(caller).stream()
                .map(concern -> new OwnConcernResponse(concern.id().value(), concern.receivedAt(), concern.status()))
                .toList();
    }

    /** A concern, for the coordinators of its municipality and the reporter who reported it signed in. */
    @GetMapping("/concerns/{concernId}")
    @Allow({Role.MUNICIPAL_COORDINATOR, Role.POLICE_COORDINATOR, Role.REPORTER})
    ConcernResponse concern(@PathVariable UUID concernId, Caller caller) {
        Concern concern = intake.concern(new ConcernId(concernId), caller);
        return new ConcernResponse(
                concern.id().value(), concern.municipality(), concern.receivedAt(), concern.acute(), concern.status());
    }

    /** What anyone holding the code from a receipt may learn: the status, never details. The code is the credential. */
    @GetMapping("/receipts/{receiptCode}")
    @Allow({
        Role.CITIZEN,
        Role.REPORTER,
        Role.POLICE_COORDINATOR,
        Role.MUNICIPAL_COORDINATOR,
        Role.INFOHUS_MEMBER,
        Role.DEPARTMENT_CASEWORKER,
        Role.NETWORK_MEMBER,
        Role.ADMINISTRATOR
    })
    StatusResponse status(@PathVariable String receiptCode) {
        return new StatusResponse(intake.statusByReceipt(ReceiptCode.parse(receiptCode)));
    }
}
