package dk.infohus.assessment.infohuscase.domain;

/** How far Infohus has come with a case. */
public enum InfohusCaseState {
    /** Presented to Infohus: information gathering and analysis. */
    OPEN,
    /** Infohus has recommended which departments to inform. */
    RECOMMENDED,
    /** Infohus is done with the case. */
    CLOSED
}
