package dk.infohus.intake.concern.adapter.web;

import dk.infohus.contracts.Role;
import dk.infohus.intake.concern.application.ConcernAttachments;
import dk.infohus.intake.concern.application.ConcernIntake;
import dk.infohus.intake.concern.application.ConcernIntake.Receipt;
import dk.infohus.intake.concern.application.ConcernIntake.ReporterDetails;
import dk.infohus.intake.concern.application.ConcernIntake.Submission;
import dk.infohus.intake.concern.application.IdempotencyKeyReused;
import dk.infohus.intake.concern.domain.Account;
import dk.infohus.intake.concern.domain.AttachedFile;
import dk.infohus.intake.concern.domain.Concern;
import dk.infohus.intake.concern.domain.ConcernId;
import dk.infohus.intake.concern.domain.ConcernStatus;
import dk.infohus.intake.concern.domain.CprNumber;
import dk.infohus.intake.concern.domain.ReceiptCode;
import dk.infohus.intake.concern.domain.ReceiptStatus;
import dk.infohus.intake.concern.domain.Subject;
import dk.infohus.platform.security.Allow;
import dk.infohus.platform.security.Caller;
import dk.infohus.platform.web.ProblemResponses;
import io.micrometer.core.annotation.Timed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

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

    record ReceiptResponse(
            UUID concernId, String receiptCode, Instant receivedAt, ConcernStatus status, boolean repeated) {}

    /** A concern as its reader may see it: a coordinator's view or the reporter's own. */
    sealed interface ConcernView permits ConcernResponse, ReportedConcernResponse {}

    /**
     * A concern as a coordinator sees it here: when, how acute, how far, its files, and the other concerns
     * about the same person or group ({@code concernNumberAboutSubject} 3: the third concern about them).
     * The content itself is read in screening.
     */
    record ConcernResponse(
            UUID concernId,
            String municipality,
            Instant receivedAt,
            boolean acute,
            ConcernStatus status,
            int concernNumberAboutSubject,
            List<RelatedConcern> concernsAboutTheSameSubject,
            List<AttachedFile> attachments)
            implements ConcernView {}

    /**
     * A concern as the reporter who reported it sees it: when, how acute, how far. Nothing about other
     * reports on the same person or group, nor how many there are: a reporter learns nothing about anyone
     * else's reports.
     */
    record ReportedConcernResponse(
            UUID concernId, String municipality, Instant receivedAt, boolean acute, ConcernStatus status)
            implements ConcernView {}

    record RelatedConcern(UUID concernId, Instant receivedAt, ConcernStatus status) {}

    /** One of a reporter's own concerns: when and how far, never its content. */
    record OwnConcernResponse(UUID concernId, Instant receivedAt, ConcernStatus status) {}

    /**
     * @param outcomeToBeShown the concern came from staff or a partner, who will also be told whether it
     *     led to an investigation or measures once referrals report back; never details
     */
    record StatusResponse(ConcernStatus status, boolean outcomeToBeShown) {}

    /**
     * A citizen reports without signing in; a reporter signed in, as themselves; a coordinator records a
     * concern received by phone. A signed-in caller's name comes from their token, not from the body. The
     * same {@code Idempotency-Key} from the same sender with the same body makes one concern: the repeated
     * call gets the first receipt again, with 200 instead of 201; with another body it is a 422. A key is
     * the sender's own: a signed-in user's, or for a caller who is not signed in, bound to the body.
     */
    @Operation(
            summary = "Report a concern",
            description = "201 with the receipt; 200 with the first receipt when the Idempotency-Key was sent"
                    + " before by the same sender with the same body; 422 when it was sent before with a"
                    + " different body; 400 naming the field for bad input.")
    @PostMapping(path = "/concerns", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Allow({Role.CITIZEN, Role.REPORTER, Role.MUNICIPAL_COORDINATOR, Role.POLICE_COORDINATOR})
    @Timed("infohus.intake.concerns.received")
    ResponseEntity<ReceiptResponse> receive(
            @Valid @RequestBody ConcernRequest request,
            @Parameter(description = "the same key from the same sender makes one concern")
                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                    @Nullable
                    String idempotencyKey,
            Caller caller,
            @AuthenticationPrincipal @Nullable Jwt token) {
        return answer(intake.receive(caller, nameIn(token), submission(request, idempotencyKey, List.of())));
    }

    /** The same, with files: a part {@code concern} (the JSON above) and parts {@code attachments}. */
    @Operation(
            summary = "Report a concern with files",
            description = "Part 'concern' is the JSON of the plain call; parts 'attachments' are up to 5 files of"
                    + " 10 MB (PNG, JPEG, GIF, WebP, HEIC or PDF, detected from their content), 25 MB together.")
    @PostMapping(path = "/concerns", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Allow({Role.CITIZEN, Role.REPORTER, Role.MUNICIPAL_COORDINATOR, Role.POLICE_COORDINATOR})
    @Timed("infohus.intake.concerns.received")
    ResponseEntity<ReceiptResponse> receiveWithFiles(
            @Valid @RequestPart("concern") ConcernRequest request,
            @RequestPart(name = "attachments", required = false) @Nullable List<MultipartFile> files,
            @Parameter(description = "the same key from the same sender makes one concern")
                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                    @Nullable
                    String idempotencyKey,
            Caller caller,
            @AuthenticationPrincipal @Nullable Jwt token) {
        return answer(intake.receive(caller, nameIn(token), submission(request, idempotencyKey, Uploads.of(files))));
    }

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /**
     * The same key from the same sender with a different body: a 422 problem naming the header, as the
     * IETF Idempotency-Key draft says; nothing is stored and no receipt is given.
     */
    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReused reused) {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "idempotency-key-reused",
                "Idempotency key used for another request",
                "The " + IDEMPOTENCY_KEY + " header's key was sent before with a different body. Nothing was"
                        + " stored; send this concern with a new key.");
        problem.setProperty("header", IDEMPOTENCY_KEY);
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static @Nullable String nameIn(@Nullable Jwt token) {
        return token == null ? null : token.getClaimAsString(NAME_CLAIM);
    }

    private static ResponseEntity<ReceiptResponse> answer(Receipt receipt) {
        ReceiptResponse body = new ReceiptResponse(
                receipt.concernId().value(),
                receipt.code().display(),
                receipt.receivedAt(),
                receipt.status(),
                receipt.repeated());
        URI location = URI.create("/api/concerns/" + receipt.concernId());
        return receipt.repeated()
                ? ResponseEntity.ok().location(location).body(body)
                : ResponseEntity.created(location).body(body);
    }

    private static Submission submission(
            ConcernRequest request, @Nullable String idempotencyKey, List<ConcernAttachments.Upload> uploads) {
        var reporter = request.reporter();
        var subject = request.subject();
        var online = request.online();
        return new Submission(
                request.municipality(),
                new ReporterDetails(
                        reporter.kind(), reporter.name(), reporter.organisation(), reporter.email(), reporter.phone()),
                new Subject(
                        subject.kind(),
                        subject.name(),
                        subject.cprNumber() == null || subject.cprNumber().isBlank()
                                ? null
                                : CprNumber.parse(subject.cprNumber()),
                        subject.birthDate(),
                        subject.age(),
                        subject.address(),
                        subject.description()),
                new Account(
                        request.account(),
                        request.when(),
                        request.where(),
                        online == null || online.platforms() == null ? List.of() : online.platforms(),
                        online == null || online.links() == null ? List.of() : online.links(),
                        request.otherAuthorities(),
                        request.relationToSubject()),
                Boolean.TRUE.equals(request.acute()),
                request.concernSigns() == null ? List.of() : request.concernSigns(),
                idempotencyKey,
                uploads);
    }

    /** A signed-in reporter's own concerns, newest first. */
    @GetMapping("/concerns/mine")
    @Allow(Role.REPORTER)
    List<OwnConcernResponse> mine(Caller caller) {
        return intake.reportedBy(caller).stream()
                .map(concern -> new OwnConcernResponse(concern.id().value(), concern.receivedAt(), concern.status()))
                .toList();
    }

    /**
     * A concern, for the coordinators of its municipality and the reporter who reported it signed in. A
     * coordinator sees the other concerns about the same person or group; the reporter sees only her own
     * concern, nothing about anyone else's reports.
     */
    @Operation(
            summary = "A concern",
            description = "A coordinator of its municipality gets the concern with concernNumberAboutSubject,"
                    + " the other concerns about the same person or group and the files; the reporter who"
                    + " reported it signed in gets when, how acute and how far, and nothing about other"
                    + " reports on the same subject.")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(oneOf = {ConcernResponse.class, ReportedConcernResponse.class})))
    @GetMapping("/concerns/{concernId}")
    @Allow({Role.MUNICIPAL_COORDINATOR, Role.POLICE_COORDINATOR, Role.REPORTER})
    ConcernView concern(@PathVariable UUID concernId, Caller caller) {
        Concern concern = intake.concern(new ConcernId(concernId), caller);
        boolean coordinator = caller.is(Role.MUNICIPAL_COORDINATOR, Role.POLICE_COORDINATOR);
        if (!coordinator) {
            return new ReportedConcernResponse(
                    concern.id().value(),
                    concern.municipality(),
                    concern.receivedAt(),
                    concern.acute(),
                    concern.status());
        }
        List<Concern> related = intake.aboutTheSameSubject(concern);
        long earlier = related.stream()
                .filter(other -> other.receivedAt().isBefore(concern.receivedAt()))
                .count();
        return new ConcernResponse(
                concern.id().value(),
                concern.municipality(),
                concern.receivedAt(),
                concern.acute(),
                concern.status(),
                (int) earlier + 1,
                related.stream()
                        .map(other -> new RelatedConcern(other.id().value(), other.receivedAt(), other.status()))
                        .toList(),
                concern.attachments());
    }

    /** A file attached to a concern, for the coordinators of its municipality. Always a download. */
    @GetMapping("/concerns/{concernId}/attachments/{attachmentId}")
    @Allow({Role.MUNICIPAL_COORDINATOR, Role.POLICE_COORDINATOR})
    ResponseEntity<InputStreamResource> attachment(
            @PathVariable UUID concernId, @PathVariable UUID attachmentId, Caller caller) throws IOException {
        Concern concern = intake.concern(new ConcernId(concernId), caller);
        var stored = intake.attachment(concern, attachmentId);
        AttachedFile file = stored.file();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(stored.content().open()));
    }

    /** What anyone holding the code from a receipt may learn: the status, never details. The code is the credential. */
    @GetMapping("/receipts/{receiptCode}")
    @Allow(anyone = true)
    StatusResponse status(@PathVariable String receiptCode) {
        ReceiptStatus status = intake.statusByReceipt(ReceiptCode.parse(receiptCode));
        return new StatusResponse(status.status(), status.professionalReporter());
    }
}
