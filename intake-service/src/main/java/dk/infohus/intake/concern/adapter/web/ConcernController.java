package dk.infohus.intake.concern.adapter.web;

import dk.infohus.intake.concern.application.ConcernIntake;
import dk.infohus.intake.concern.application.ConcernIntake.Receipt;
import dk.infohus.intake.concern.domain.Concern;
import dk.infohus.intake.concern.domain.ConcernId;
import dk.infohus.intake.concern.domain.ConcernStatus;
import dk.infohus.intake.concern.domain.CprNumber;
import dk.infohus.intake.concern.domain.ReceiptCode;
import dk.infohus.intake.concern.domain.Reporter;
import dk.infohus.intake.concern.domain.Subject;
import io.micrometer.core.annotation.Timed;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Concerns over REST: for the public form, staff and partner systems. */
@RestController
@RequestMapping("/api")
class ConcernController {

    private final ConcernIntake intake;

    ConcernController(ConcernIntake intake) {
        this.intake = intake;
    }

    record ReceiptResponse(UUID concernId, String receiptCode, Instant receivedAt, ConcernStatus status) {}

    record ConcernResponse(
            UUID concernId, String municipality, Instant receivedAt, boolean acute, ConcernStatus status) {}

    record StatusResponse(ConcernStatus status) {}

    @PostMapping("/concerns")
    @Timed("infohus.intake.concerns.received")
    ResponseEntity<ReceiptResponse> receive(@Valid @RequestBody ConcernRequest request) {
        var reporter = request.reporter();
        var subject = request.subject();
        Receipt receipt = intake.receive(
                request.municipality(),
                new Reporter(
                        reporter.kind(), reporter.name(), reporter.organisation(), reporter.email(), reporter.phone()),
                new Subject(
                        subject.kind(),
                        subject.name(),
                        subject.cprNumber() == null || subject.cprNumber().isBlank()
                                ? null
                                : CprNumber.parse(subject.cprNumber()),
                        subject.birthDate(),
                        subject.address()),
                request.account(),
                Boolean.TRUE.equals(request.acute()),
                request.concernSigns() == null ? List.of() : request.concernSigns());
        return ResponseEntity.created(URI.create("/api/concerns/" + receipt.concernId()))
                .body(new ReceiptResponse(
                        receipt.concernId().value(), receipt.code().display(), receipt.receivedAt(), receipt.status()));
    }

    @GetMapping("/concerns/{concernId}")
    ConcernResponse concern(@PathVariable UUID concernId) {
        Concern concern = intake.concern(new ConcernId(concernId));
        return new ConcernResponse(
                concern.id().value(), concern.municipality(), concern.receivedAt(), concern.acute(), concern.status());
    }

    /** What a reporter may learn with the code from their receipt: the status, never details. */
    @GetMapping("/receipts/{receiptCode}")
    StatusResponse status(@PathVariable String receiptCode) {
        return new StatusResponse(intake.statusByReceipt(ReceiptCode.parse(receiptCode)));
    }
}
