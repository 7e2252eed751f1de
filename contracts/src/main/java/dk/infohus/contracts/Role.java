package dk.infohus.contracts;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of Infohus as the {@code role} claim of an access token names them: the contract between the
 * identity provider (or Keycloak's realm) that issues tokens and the services that read them.
 */
public enum Role {
    /** Not signed in: may submit a concern and look up the status of their own receipt code. */
    CITIZEN("citizen"),
    /** Municipal staff or an external partner who reports concerns signed in. */
    REPORTER("reporter"),
    /** Polititovholder: the screening queue and police findings of their police district's municipalities. */
    POLICE_COORDINATOR("police-coordinator"),
    /** Kommunal infohus-tovholder: every concern of their municipality, police findings only as an outcome. */
    MUNICIPAL_COORDINATOR("municipal-coordinator"),
    /**
     * The police's own systems, a machine client (client credentials): reads the police checks of its police
     * district and answers them (notes, clearance, take-over, obstacle) as the police coordinator may, but
     * records no coordinator's view or decision and has no pages.
     */
    POLICE_SYSTEM("police-system"),
    /** One per authority; only cases on the agenda of a meeting they are invited to. */
    INFOHUS_MEMBER("infohus-member"),
    /** Only referrals to their own department. */
    DEPARTMENT_CASEWORKER("department-caseworker"),
    /** Infohus Netværk: anonymised cases only, never a person. */
    NETWORK_MEMBER("network-member"),
    /** Configuration, no case content. */
    ADMINISTRATOR("administrator");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The value of the {@code role} claim. */
    public String claim() {
        return claim;
    }

    public static Optional<Role> ofClaim(String claim) {
        return Arrays.stream(values()).filter(role -> role.claim.equals(claim)).findFirst();
    }
}
