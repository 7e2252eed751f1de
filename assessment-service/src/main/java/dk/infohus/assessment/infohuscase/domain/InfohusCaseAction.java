package dk.infohus.assessment.infohuscase.domain;

/** What moves an Infohus case along. */
public enum InfohusCaseAction {
    /** Infohus records its assessment and recommends departments to inform. */
    RECOMMEND,
    /** Infohus ends its work on the case, with a reason. */
    CLOSE
}
