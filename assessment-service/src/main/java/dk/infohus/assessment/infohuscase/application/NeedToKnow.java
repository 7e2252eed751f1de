package dk.infohus.assessment.infohuscase.application;

import dk.infohus.assessment.infohuscase.domain.InfohusCase;
import dk.infohus.contracts.Role;
import dk.infohus.platform.security.Caller;

/**
 * Who may see and change which Infohus case. A case holds special-category data about a person, so:
 *
 * <ul>
 *   <li>the municipal coordinator sees and changes every case of their own municipality;
 *   <li>an Infohus member sees, and only reads, the cases on the agenda of a meeting they are invited to,
 *       from the invitation until the minutes are approved ({@link Agendas}), of their own municipality;
 *   <li>nobody else sees any case: not the police coordinator (screening is theirs, the assessment is
 *       not), not a reporter, caseworker, network member or administrator;
 *   <li>no role sees a case of a municipality it does not work for.
 * </ul>
 *
 * A case the caller may not see answers exactly as a case that does not exist.
 */
public final class NeedToKnow {

    private final Agendas agendas;

    public NeedToKnow(Agendas agendas) {
        this.agendas = agendas;
    }

    /** The cases this caller may read. */
    public VisibleCases visibleTo(Caller caller) {
        return switch (caller.role()) {
            case MUNICIPAL_COORDINATOR -> VisibleCases.allOf(caller.municipalities());
            case INFOHUS_MEMBER -> VisibleCases.only(agendas.casesBefore(caller), caller.municipalities());
            default -> VisibleCases.none();
        };
    }

    public boolean maySee(Caller caller, InfohusCase infohusCase) {
        return visibleTo(caller).includes(infohusCase.id(), infohusCase.municipality());
    }

    /** Whether the caller may record a recommendation or close the case. */
    public boolean mayChange(Caller caller, InfohusCase infohusCase) {
        return caller.is(Role.MUNICIPAL_COORDINATOR) && caller.worksFor(infohusCase.municipality());
    }
}
