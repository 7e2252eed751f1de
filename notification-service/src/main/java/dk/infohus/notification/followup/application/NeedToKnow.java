package dk.infohus.notification.followup.application;

import dk.infohus.contracts.Role;
import dk.infohus.notification.followup.domain.ReferralFollowUp;
import dk.infohus.platform.security.Caller;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who may see and change which follow-ups. A referral belongs to its municipality and its department:
 * the department's caseworkers see and read its notification; the municipality's coordinator sees its
 * notification and follows it up. Nobody reads across municipalities. Whatever a caller may not see
 * does not exist for them, so the use cases answer it as not found.
 *
 * <p>Which roles may call an endpoint at all is declared on it as well; these rules hold whatever a
 * later change to those declarations lets through.
 */
final class NeedToKnow {

    private NeedToKnow() {}

    /** The caseworkers of the referral's department and the coordinator of its municipality. */
    static boolean seesNotification(Caller caller, ReferralFollowUp followUp) {
        return caller.worksFor(followUp.municipality())
                && (caller.is(Role.MUNICIPAL_COORDINATOR) || ofDepartment(caller, followUp.department()));
    }

    /** Only a caseworker of the referral's department marks its notification read. */
    static boolean readsNotification(Caller caller, ReferralFollowUp followUp) {
        return caller.worksFor(followUp.municipality()) && ofDepartment(caller, followUp.department());
    }

    /** The coordinator of the referral's municipality sees its reminder and records its follow-up. */
    static boolean followsUp(Caller caller, ReferralFollowUp followUp) {
        return caller.is(Role.MUNICIPAL_COORDINATOR) && caller.worksFor(followUp.municipality());
    }

    /** Whether the caller may list a department's notifications at all: a caseworker only their own. */
    static boolean listsNotificationsOf(Caller caller, String department) {
        return caller.is(Role.MUNICIPAL_COORDINATOR) || ofDepartment(caller, department);
    }

    /**
     * The municipalities a list may hold for this caller: those they work for, narrowed to
     * {@code municipality} when the query names one. Naming another municipality leaves nothing.
     */
    static Set<String> municipalitiesFor(Caller caller, @Nullable String municipality) {
        if (municipality == null) {
            return caller.municipalities();
        }
        return caller.worksFor(municipality) ? Set.of(municipality) : Set.of();
    }

    private static boolean ofDepartment(Caller caller, String department) {
        return caller.is(Role.DEPARTMENT_CASEWORKER) && department.equals(caller.department());
    }
}
