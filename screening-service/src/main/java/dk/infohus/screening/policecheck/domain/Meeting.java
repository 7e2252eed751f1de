package dk.infohus.screening.policecheck.domain;

/** Which Infohus meeting a presented concern goes to. */
public enum Meeting {
    /** An ad-hoc meeting called for it (or the next one). */
    NEXT_AD_HOC,
    /** The next of the fixed meetings (twice a year in Herning). */
    NEXT_FIXED
}
