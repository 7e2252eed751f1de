package dk.infohus.referral.referral.application;

import dk.infohus.contracts.Role;
import dk.infohus.platform.security.Caller;

/**
 * Need to know for referrals. A department caseworker sees and acts on the referrals to their own
 * department only; the municipal coordinator follows every referral but acts on none; nobody sees a
 * referral of a municipality they do not work for. Whoever may not see a referral is told it does not
 * exist.
 */
final class ReferralAccess {

    private ReferralAccess() {}

    /** Whether the caller may read a referral to {@code department} of a case of {@code municipality}. */
    static boolean maySee(Caller caller, String municipality, String department) {
        return caller.worksFor(municipality)
                && (caller.is(Role.MUNICIPAL_COORDINATOR) || ownDepartment(caller, department));
    }

    /** Whether the caller may acknowledge or close such a referral: only the department itself may. */
    static boolean mayActOn(Caller caller, String municipality, String department) {
        return caller.worksFor(municipality) && ownDepartment(caller, department);
    }

    /**
     * Whether the caller may list the department's inbox at all; which referrals it then shows, {@link
     * #maySee} decides.
     */
    static boolean mayListInboxOf(Caller caller, String department) {
        return caller.is(Role.MUNICIPAL_COORDINATOR) || ownDepartment(caller, department);
    }

    private static boolean ownDepartment(Caller caller, String department) {
        return caller.is(Role.DEPARTMENT_CASEWORKER) && department.equals(caller.department());
    }
}
