package dk.infohus.identity;

/** The roles of Infohus, each with the value of the {@code role} claim that the services read. */
public enum Role {
    REPORTER("reporter"),
    POLICE_COORDINATOR("police-coordinator"),
    MUNICIPAL_COORDINATOR("municipal-coordinator"),
    INFOHUS_MEMBER("infohus-member"),
    DEPARTMENT_CASEWORKER("department-caseworker"),
    NETWORK_MEMBER("network-member"),
    ADMINISTRATOR("administrator");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The value of the {@code role} claim, e.g. {@code municipal-coordinator}. */
    public String claim() {
        return claim;
    }
}
