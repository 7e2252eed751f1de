package dk.infohus.screening.policecheck.application;

import dk.infohus.contracts.Role;
import dk.infohus.platform.security.Caller;
import dk.infohus.screening.policecheck.domain.CoordinatorSide;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import java.util.Optional;
import java.util.Set;

/**
 * Who needs to know what of a police check. Only the two coordinators and the police's own systems see
 * checks, and only of the municipalities they work for: the police coordinator and the police system those of
 * their police district, the municipal coordinator their own. The police system answers checks as the police
 * coordinator may, but records no view and no decision. The police notes and findings beyond the outcome (the clearance note, the
 * obstacle's reason, the take-over reason) are the police's alone; screening, notes, obstacles and taking
 * over are the police coordinator's; the 24-hour assessment of a child is the municipal coordinator's; the
 * views and the decision are both coordinators'.
 */
final class ScreeningAccess {

    private ScreeningAccess() {}

    /** The municipalities whose checks the caller's queue shows; none for a role that has no queue. */
    /**
     * The states in which a check waits for the caller's action: the police coordinator checks open
     * concerns and, with the municipal coordinator, decides on cleared ones; nothing waits for anyone else.
     */
    static Set<PoliceCheckState> waitingFor(Caller caller) {
        if (caller.is(Role.POLICE_COORDINATOR)) {
            return Set.of(PoliceCheckState.OPEN, PoliceCheckState.CLEARED);
        }
        if (caller.is(Role.POLICE_SYSTEM)) {
            return Set.of(PoliceCheckState.OPEN);
        }
        if (caller.is(Role.MUNICIPAL_COORDINATOR)) {
            return Set.of(PoliceCheckState.CLEARED);
        }
        return Set.of();
    }

    static Set<String> queueOf(Caller caller) {
        return caller.is(Role.POLICE_COORDINATOR, Role.POLICE_SYSTEM, Role.MUNICIPAL_COORDINATOR)
                ? caller.municipalities()
                : Set.of();
    }

    static boolean maySee(Caller caller, PoliceCheck check) {
        return caller.is(Role.POLICE_COORDINATOR, Role.POLICE_SYSTEM, Role.MUNICIPAL_COORDINATOR)
                && worksOn(caller, check);
    }

    /** Whether the caller reads the police notes and findings, not only the outcome. */
    static boolean seesPoliceFindings(Caller caller, PoliceCheck check) {
        return caller.is(Role.POLICE_COORDINATOR, Role.POLICE_SYSTEM) && worksOn(caller, check);
    }

    /**
     * Notes, clearing, obstacles and taking over: the police coordinator of the check's police district, or the
     * police's own system for it.
     */
    static boolean mayScreen(Caller caller, PoliceCheck check) {
        return caller.is(Role.POLICE_COORDINATOR, Role.POLICE_SYSTEM) && worksOn(caller, check);
    }

    /** The 24-hour assessment of a child: the municipal coordinator of the check's municipality. */
    static boolean mayAssessChild(Caller caller, PoliceCheck check) {
        return caller.is(Role.MUNICIPAL_COORDINATOR) && worksOn(caller, check);
    }

    /** Views and the decision: either coordinator who works for the check's municipality; never a machine. */
    static boolean mayDecide(Caller caller, PoliceCheck check) {
        return caller.is(Role.POLICE_COORDINATOR, Role.MUNICIPAL_COORDINATOR) && worksOn(caller, check);
    }

    /** The side the caller decides for; empty for anyone but the two coordinators. */
    static Optional<CoordinatorSide> sideOf(Caller caller) {
        if (caller.is(Role.MUNICIPAL_COORDINATOR)) {
            return Optional.of(CoordinatorSide.MUNICIPAL);
        }
        if (caller.is(Role.POLICE_COORDINATOR)) {
            return Optional.of(CoordinatorSide.POLICE);
        }
        return Optional.empty();
    }

    private static boolean worksOn(Caller caller, PoliceCheck check) {
        return caller.worksFor(check.concern().municipality());
    }
}
