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
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Assessing concerns presented to Infohus and recommending which departments to inform. */
public class InfohusAssessment {

    private static final Logger log = LoggerFactory.getLogger(InfohusAssessment.class);

    private final InfohusCases cases;
    private final DepartmentCatalogue departments;
    private final Clock clock;

    public InfohusAssessment(InfohusCases cases, DepartmentCatalogue departments, Clock clock) {
        this.cases = cases;
        this.departments = departments;
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

    /** A case with the person it is about; every such read is logged (by id) as access to personal data. */
    public InfohusCase infohusCase(InfohusCaseId id) {
        InfohusCase found = cases.find(id).orElseThrow(() -> new NotFound("infohus case", id));
        log.info("Infohus case {} read", id);
        return found;
    }

    /** The cases in a state, or all when {@code state} is null. */
    public List<InfohusCaseSummary> cases(@Nullable InfohusCaseState state) {
        return cases.list(state);
    }

    /** Records Infohus's assessment and recommendation; referral learns of it through the outbox. */
    public InfohusCase recommend(
            InfohusCaseId id,
            List<String> departmentCodes,
            List<String> dimensionCodes,
            String mainProblems,
            String resources,
            String recordedBy) {
        Recommendation recommendation = Recommendation.of(
                departments, departmentCodes, dimensionCodes, mainProblems, resources, recordedBy, now());
        InfohusCase changed = cases.change(id, null, infohusCase -> infohusCase.recommend(recommendation))
                .orElseThrow(() -> new NotFound("infohus case", id));
        log.info(
                "Infohus case {} recommended: departments {}, focus dimensions {}",
                id,
                recommendation.departments(),
                recommendation.focusDimensionCodes());
        return changed;
    }

    /** Ends Infohus's work on a case, open or recommended. */
    public InfohusCase close(InfohusCaseId id, String reason, String closedBy) {
        Closure closure = new Closure(reason, closedBy, now());
        InfohusCase changed = cases.change(id, null, infohusCase -> infohusCase.close(closure))
                .orElseThrow(() -> new NotFound("infohus case", id));
        log.info("Infohus case {} closed", id);
        return changed;
    }

    /** The departments Infohus may recommend informing, as configured. */
    public List<Department> departments() {
        return departments.all();
    }

    /** Now, to the millisecond that MongoDB keeps, so a stored time reads back as it was caused. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
