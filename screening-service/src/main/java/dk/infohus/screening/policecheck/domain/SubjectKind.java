package dk.infohus.screening.policecheck.domain;

/** A concern is about one person or about a group. */
public enum SubjectKind {
    PERSON,
    GROUP
}
