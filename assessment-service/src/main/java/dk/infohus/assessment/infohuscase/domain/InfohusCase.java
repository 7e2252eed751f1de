package dk.infohus.assessment.infohuscase.domain;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.assessment.RecommendationMade;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.TransitionTable;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A concern the coordinators presented to Infohus: whom it is about, and what Infohus made of it with
 * the national assessment tool. Infohus recommends; it makes no authority decision.
 */
public final class InfohusCase {

    /** Every transition an Infohus case allows; anything else is an {@code IllegalTransition}. */
    public static final TransitionTable<InfohusCaseState, InfohusCaseAction> TRANSITIONS = TransitionTable.of(
                    "infohus case", InfohusCaseState.class, InfohusCaseAction.class)
            .allow(InfohusCaseState.OPEN, InfohusCaseAction.RECOMMEND, InfohusCaseState.RECOMMENDED)
            .allow(InfohusCaseState.OPEN, InfohusCaseAction.CLOSE, InfohusCaseState.CLOSED)
            .allow(InfohusCaseState.RECOMMENDED, InfohusCaseAction.CLOSE, InfohusCaseState.CLOSED)
            .build();

    private final InfohusCaseId id;
    private final String municipality;
    private final SubjectKind subjectKind;
    private final PersonalData subject;
    private final Instant presentedAt;
    private final String municipalCoordinator;
    private final String policeCoordinator;
    private InfohusCaseState state;
    private @Nullable Recommendation recommendation;
    private @Nullable Closure closure;

    private InfohusCase(
            InfohusCaseId id,
            String municipality,
            SubjectKind subjectKind,
            PersonalData subject,
            Instant presentedAt,
            String municipalCoordinator,
            String policeCoordinator,
            InfohusCaseState state,
            @Nullable Recommendation recommendation,
            @Nullable Closure closure) {
        this.id = id;
        this.municipality = municipality;
        this.subjectKind = subjectKind;
        this.subject = subject;
        this.presentedAt = presentedAt;
        this.municipalCoordinator = municipalCoordinator;
        this.policeCoordinator = policeCoordinator;
        this.state = state;
        this.recommendation = recommendation;
        this.closure = closure;
    }

    /**
     * Opens the case the coordinators presented. Nobody else needs telling yet, so no event.
     *
     * @param presentedAt when the coordinators presented it, by screening's clock
     */
    public static Changed<InfohusCase> open(
            InfohusCaseId id,
            String municipality,
            SubjectKind subjectKind,
            PersonalData subject,
            Instant presentedAt,
            String municipalCoordinator,
            String policeCoordinator) {
        InfohusCase opened = new InfohusCase(
                id,
                municipality,
                subjectKind,
                subject,
                presentedAt,
                municipalCoordinator,
                policeCoordinator,
                InfohusCaseState.OPEN,
                null,
                null);
        return new Changed<>(opened, List.of());
    }

    /** Rebuilds a stored case. */
    public static InfohusCase restore(
            InfohusCaseId id,
            String municipality,
            SubjectKind subjectKind,
            PersonalData subject,
            Instant presentedAt,
            String municipalCoordinator,
            String policeCoordinator,
            InfohusCaseState state,
            @Nullable Recommendation recommendation,
            @Nullable Closure closure) {
        if (state == InfohusCaseState.RECOMMENDED && recommendation == null) {
            throw new IllegalStateException("infohus case " + id + " is RECOMMENDED without a recommendation");
        }
        if (state == InfohusCaseState.CLOSED && closure == null) {
            throw new IllegalStateException("infohus case " + id + " is CLOSED without a closure");
        }
        return new InfohusCase(
                id,
                municipality,
                subjectKind,
                subject,
                presentedAt,
                municipalCoordinator,
                policeCoordinator,
                state,
                recommendation,
                closure);
    }

    /** Records the assessment and recommendation; referral is told which departments to inform. */
    public List<InfohusEvent> recommend(Recommendation made) {
        state = TRANSITIONS.apply(state, InfohusCaseAction.RECOMMEND);
        recommendation = made;
        return List.of(new RecommendationMade(
                id.value(), municipality, made.recordedAt(), made.departments(), made.focusDimensionCodes()));
    }

    /** Ends Infohus's work on the case. No contract tells other services yet, so no event. */
    public List<InfohusEvent> close(Closure closed) {
        state = TRANSITIONS.apply(state, InfohusCaseAction.CLOSE);
        closure = closed;
        return List.of();
    }

    public InfohusCaseId id() {
        return id;
    }

    public String municipality() {
        return municipality;
    }

    public SubjectKind subjectKind() {
        return subjectKind;
    }

    /** Whom the case is about, with the reporter's account: personal data. */
    public PersonalData subject() {
        return subject;
    }

    public Instant presentedAt() {
        return presentedAt;
    }

    public String municipalCoordinator() {
        return municipalCoordinator;
    }

    public String policeCoordinator() {
        return policeCoordinator;
    }

    public InfohusCaseState state() {
        return state;
    }

    public @Nullable Recommendation recommendation() {
        return recommendation;
    }

    public @Nullable Closure closure() {
        return closure;
    }
}
