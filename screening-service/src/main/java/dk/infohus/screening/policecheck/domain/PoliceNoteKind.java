package dk.infohus.screening.policecheck.domain;

/** What a police note is about (the plan's step 2). */
public enum PoliceNoteKind {
    CRIMINAL_MATTERS,
    ACUTE_SECURITY,
    ONGOING_INVESTIGATION,
    OTHER_OBSTACLE
}
