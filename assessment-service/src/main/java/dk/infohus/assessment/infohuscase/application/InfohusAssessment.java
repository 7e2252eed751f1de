package dk.infohus.assessment.infohuscase.application;

import dk.infohus.assessment.infohuscase.domain.Closure;
import dk.infohus.assessment.infohuscase.domain.Department;
import dk.infohus.assessment.infohuscase.domain.DepartmentCatalogue;
import dk.infohus.assessment.infohuscase.domain.InfohusCase;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseId;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseState;
import dk.infohus.assessment.infohuscase.domain.Recommendation;
import dk.infohus.assessment.infohuscase.domain.SubjectKind;
import dk.infohus.contracts.PersonalData;
import dk.infohus.platform.domain.NotFound;
import dk.infohus.platform.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assessing concerns presented to Infohus and recommending which departments to inform. Every use case
 * over REST takes the caller and asks {@link NeedToKnow}: a case the caller may not see is not found.
 */
public class InfohusAssessment {

    private static final Logger log = LoggerFactory.getLogger(InfohusAssessment.class);

    private final InfohusCases cases;
    private final DepartmentCatalogue departments;
    private final NeedToKnow needToKnow;
    private final Clock clock;

    public InfohusAssessment(InfohusCases cases, DepartmentCatalogue departments, NeedToKnow needToKnow, Clock clock) {
        this.cases = cases;
        this.departments = departments;
        this.needToKnow = needToKnow;
        this.clock = clock;
    }

    /** The coordinators presented a concern to Infohus: open its case, once, whatever is redelivered. */
    public void open(
            InfohusCaseId id,
            String municipality,
            SubjectKind subjectKind,
            PersonalData subject,
            Instant presentedAt,
            String municipalCoordinator,
            String policeCoordinator,
            String causingEventId) {
        var opened = InfohusCase.open(
                id, municipality, subjectKind, subject, presentedAt, municipalCoordinator, policeCoordinator);
        if (cases.open(opened, causingEventId)) {
            log.info("Infohus case {} opened (municipality {}, subject kind {})", id, municipality, subjectKind);
        } else {
            log.info("Infohus case {} was opened by event {} before; redelivery ignored", id, causingEventId);
        }
    }

    /**
     * A case with the person it is about, if the caller may see it; every such read is logged (by id and
     * role) as access to personal data.
     *
     * @throws NotFound if there is no such case or the caller may not see it, alike
     */
    public InfohusCase infohusCase(InfohusCaseId id, Caller caller) {
        InfohusCase found = cases.find(id)
                .filter(infohusCase -> needToKnow.maySee(caller, infohusCase))
                .orElseThrow(() -> new NotFound("infohus case", id));
        log.info("Infohus case {} read by a {}", id, caller.role().claim());
        return found;
    }

    /** The cases the caller may see in a state, or in every state when {@code state} is null. */
    public List<InfohusCaseSummary> cases(@Nullable InfohusCaseState state, Caller caller) {
        VisibleCases visible = needToKnow.visibleTo(caller);
        return visible.nothing() ? List.of() : cases.list(state, visible);
    }

    /**
     * Records Infohus's assessment and recommendation, by the caller; referral learns of it through the
     * outbox.
     */
    public InfohusCase recommend(
            InfohusCaseId id,
            List<String> departmentCodes,
            List<String> dimensionCodes,
            String mainProblems,
            String resources,
            Caller caller) {
        Recommendation recommendation = Recommendation.of(
                departments, departmentCodes, dimensionCodes, mainProblems, resources, caller.userId(), now());
        InfohusCase changed = cases.change(id, null, infohusCase -> {
                    requireMayChange(caller, infohusCase);
                    return infohusCase.recommend(recommendation);
                })
                .orElseThrow(() -> new NotFound("infohus case", id));
        log.info(
                "Infohus case {} recommended: departments {}, focus dimensions {}",
                id,
                recommendation.departments(),
                recommendation.focusDimensionCodes());
        return changed;
    }

    /** Ends Infohus's work on a case, open or recommended; the caller is recorded as who closed it. */
    public InfohusCase close(InfohusCaseId id, String reason, Caller caller) {
        Closure closure = new Closure(reason, caller.userId(), now());
        InfohusCase changed = cases.change(id, null, infohusCase -> {
                    requireMayChange(caller, infohusCase);
                    return infohusCase.close(closure);
                })
                .orElseThrow(() -> new NotFound("infohus case", id));
        log.info("Infohus case {} closed", id);
        return changed;
    }

    /** The departments Infohus may recommend informing, as configured. */
    public List<Department> departments() {
        return departments.all();
    }

    /** Checked before the transition, so that a case the caller may not change answers 404, never 409. */
    private void requireMayChange(Caller caller, InfohusCase infohusCase) {
        if (!needToKnow.mayChange(caller, infohusCase)) {
            throw new NotFound("infohus case", infohusCase.id());
        }
    }

    /** Now, to the millisecond that MongoDB keeps, so a stored time reads back as it was caused. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
