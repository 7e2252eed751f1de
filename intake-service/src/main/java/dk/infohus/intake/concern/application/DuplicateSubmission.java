package dk.infohus.intake.concern.application;

/** A concern with the same submission key is stored already: the same form or call arrived twice. */
public class DuplicateSubmission extends RuntimeException {

    public DuplicateSubmission(String submissionKey) {
        super("a concern with submission key " + submissionKey + " is stored already");
    }
}
