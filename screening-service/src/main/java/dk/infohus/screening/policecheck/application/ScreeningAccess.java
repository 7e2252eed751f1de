package dk.infohus.screening.policecheck.application;

import dk.infohus.contracts.Role;
import dk.infohus.platform.security.Caller;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import java.util.Set;

/**
 * Who needs to know what of a police check. Only the two coordinators see checks, and only of the
 * municipalities they work for: the police coordinator those of their police district, the municipal
 * coordinator their own. The police findings beyond the outcome (the clearance note, the take-over reason)
 * are the police's alone; screening and taking over are the police coordinator's; the decision is both
 * coordinators'.
 */
final class ScreeningAccess {

    private ScreeningAccess() {}

    /** The municipalities whose checks the caller's queue shows; none for a role that has no queue. */
    static Set<String> queueOf(Caller caller) {
        return caller.is(Role.POLICE_COORDINATOR, Role.MUNICIPAL_COORDINATOR) ? caller.municipalities() : Set.of();
    }

    static boolean maySee(Caller caller, PoliceCheck check) {
        return caller.is(Role.POLICE_COORDINATOR, Role.MUNICIPAL_COORDINATOR) && worksOn(caller, check);
    }

    /** Whether the caller sees the clearance note and the take-over reason, not only the outcome. */
    static boolean seesPoliceFindings(Caller caller, PoliceCheck check) {
        return caller.is(Role.POLICE_COORDINATOR) && worksOn(caller, check);
    }

    /** Clearing and taking over: the police coordinator of the check's police district. */
    static boolean mayScreen(Caller caller, PoliceCheck check) {
        return caller.is(Role.POLICE_COORDINATOR) && worksOn(caller, check);
    }

    /** The decision: either coordinator who works for the check's municipality. */
    static boolean mayDecide(Caller caller, PoliceCheck check) {
        return maySee(caller, check);
    }

    private static boolean worksOn(Caller caller, PoliceCheck check) {
        return caller.worksFor(check.concern().municipality());
    }
}
