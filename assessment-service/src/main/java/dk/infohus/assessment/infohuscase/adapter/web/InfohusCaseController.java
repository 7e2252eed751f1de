package dk.infohus.assessment.infohuscase.adapter.web;

import dk.infohus.assessment.infohuscase.application.InfohusAssessment;
import dk.infohus.assessment.infohuscase.application.InfohusCaseSummary;
import dk.infohus.assessment.infohuscase.domain.AssessmentDimension;
import dk.infohus.assessment.infohuscase.domain.Closure;
import dk.infohus.assessment.infohuscase.domain.InfohusCase;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseId;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseState;
import dk.infohus.assessment.infohuscase.domain.Recommendation;
import dk.infohus.assessment.infohuscase.domain.SubjectKind;
import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.Role;
import dk.infohus.platform.security.Allow;
import dk.infohus.platform.security.Caller;
import io.micrometer.core.annotation.Timed;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Infohus cases over REST, for the municipal coordinator, and read-only for the Infohus members whose
 * meeting has the case on its agenda. Who may call an endpoint at all is declared here ({@link Allow});
 * which cases they see, {@code NeedToKnow} decides. Who records or closes is the signed-in caller.
 */
@RestController
@RequestMapping("/api")
class InfohusCaseController {

    private final InfohusAssessment assessment;

    InfohusCaseController(InfohusAssessment assessment) {
        this.assessment = assessment;
    }

    /** A case in a list: no personal data. */
    record CaseSummaryResponse(
            UUID caseId, String municipality, SubjectKind subjectKind, InfohusCaseState state, Instant presentedAt) {}

    record CaseResponse(
            UUID caseId,
            String municipality,
            SubjectKind subjectKind,
            SubjectResponse subject,
            Instant presentedAt,
            String municipalCoordinator,
            String policeCoordinator,
            InfohusCaseState state,
            @Nullable RecommendationResponse recommendation,
            @Nullable ClosureResponse closure) {}

    /** The person or group and everything the reporter told about them: the whole {@link PersonalData}. */
    record SubjectResponse(
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
            @Nullable String reporterRelation) {

        static SubjectResponse of(PersonalData subject) {
            return new SubjectResponse(
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
    }

    record RecommendationResponse(
            List<String> departments,
            List<String> focusDimensions,
            String mainProblems,
            String resources,
            String recordedBy,
            Instant recordedAt) {}

    record ClosureResponse(String reason, String closedBy, Instant closedAt) {}

    record StateResponse(UUID caseId, InfohusCaseState state) {}

    record DepartmentResponse(String code, String name) {}

    record DimensionResponse(String code, String danish, String english) {}

    @GetMapping("/infohus-cases")
    @Allow({Role.MUNICIPAL_COORDINATOR, Role.INFOHUS_MEMBER})
    @Timed("infohus.assessment.cases.listed")
    List<CaseSummaryResponse> cases(@RequestParam(required = false) @Nullable InfohusCaseState state, Caller caller) {
        return assessment.cases(state, caller).stream()
                .map(InfohusCaseController::summary)
                .toList();
    }

    @GetMapping("/infohus-cases/{caseId}")
    @Allow({Role.MUNICIPAL_COORDINATOR, Role.INFOHUS_MEMBER})
    @Timed("infohus.assessment.cases.read")
    CaseResponse infohusCase(@PathVariable UUID caseId, Caller caller) {
        return detail(assessment.infohusCase(new InfohusCaseId(caseId), caller));
    }

    @PostMapping("/infohus-cases/{caseId}/recommendation")
    @Allow(Role.MUNICIPAL_COORDINATOR)
    @Timed("infohus.assessment.recommendations.made")
    StateResponse recommend(
            @PathVariable UUID caseId, @Valid @RequestBody RecommendationRequest request, Caller caller) {
        InfohusCase recommended = assessment.recommend(
                new InfohusCaseId(caseId),
                request.departments(),
                request.focusDimensions(),
                request.mainProblems(),
                request.resources(),
                caller);
        return new StateResponse(caseId, recommended.state());
    }

    @PostMapping("/infohus-cases/{caseId}/closure")
    @Allow(Role.MUNICIPAL_COORDINATOR)
    @Timed("infohus.assessment.cases.closed")
    StateResponse close(@PathVariable UUID caseId, @Valid @RequestBody ClosureRequest request, Caller caller) {
        InfohusCase closed = assessment.close(new InfohusCaseId(caseId), request.reason(), caller);
        return new StateResponse(caseId, closed.state());
    }

    /** The departments a recommendation may name, as this municipality configured them: no case data. */
    @GetMapping("/departments")
    @Allow(anySignedIn = true)
    @Timed("infohus.assessment.departments.listed")
    List<DepartmentResponse> departments() {
        return assessment.departments().stream()
                .map(department -> new DepartmentResponse(department.code(), department.name()))
                .toList();
    }

    /** The nine dimensions of the national assessment tool, in its order: no case data. */
    @GetMapping("/assessment-dimensions")
    @Allow(anySignedIn = true)
    @Timed("infohus.assessment.dimensions.listed")
    List<DimensionResponse> dimensions() {
        return Stream.of(AssessmentDimension.values())
                .map(dimension -> new DimensionResponse(dimension.code(), dimension.danish(), dimension.english()))
                .toList();
    }

    private static CaseSummaryResponse summary(InfohusCaseSummary summary) {
        return new CaseSummaryResponse(
                summary.id().value(),
                summary.municipality(),
                summary.subjectKind(),
                summary.state(),
                summary.presentedAt());
    }

    private static CaseResponse detail(InfohusCase infohusCase) {
        Recommendation made = infohusCase.recommendation();
        Closure closed = infohusCase.closure();
        return new CaseResponse(
                infohusCase.id().value(),
                infohusCase.municipality(),
                infohusCase.subjectKind(),
                SubjectResponse.of(infohusCase.subject()),
                infohusCase.presentedAt(),
                infohusCase.municipalCoordinator(),
                infohusCase.policeCoordinator(),
                infohusCase.state(),
                made == null
                        ? null
                        : new RecommendationResponse(
                                made.departments(),
                                made.focusDimensionCodes(),
                                made.mainProblems(),
                                made.resources(),
                                made.recordedBy(),
                                made.recordedAt()),
                closed == null ? null : new ClosureResponse(closed.reason(), closed.closedBy(), closed.closedAt()));
    }
}
