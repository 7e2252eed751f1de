package dk.infohus.notification.followup.adapter.web;

/** Patterns of the codes the API takes as query parameters, the same as the event contracts use. */
final class Codes {

    /** A department code, e.g. {@code boern-og-forebyggelse}. */
    static final String DEPARTMENT = "[a-z0-9]+(-[a-z0-9]+)*";

    static final String DEPARTMENT_MESSAGE = "must be a department code, e.g. boern-og-forebyggelse";

    /** A kommunekode, e.g. {@code 657} for Herning. */
    static final String MUNICIPALITY = "\\d{3}";

    static final String MUNICIPALITY_MESSAGE = "must be a three-digit kommunekode, e.g. 657";

    private Codes() {}
}
