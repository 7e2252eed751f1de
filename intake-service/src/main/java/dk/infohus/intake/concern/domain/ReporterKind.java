package dk.infohus.intake.concern.domain;

/** Who reports. Staff and partners report in writing and by name; a citizen may stay anonymous. */
public enum ReporterKind {
    CITIZEN,
    STAFF,
    PARTNER;

    public boolean mustGiveName() {
        return this != CITIZEN;
    }
}
