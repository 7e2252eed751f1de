package dk.infohus.assessment.infohuscase.domain;

/** An Infohus case is about one person or about a group. */
public enum SubjectKind {
    PERSON,
    GROUP
}
