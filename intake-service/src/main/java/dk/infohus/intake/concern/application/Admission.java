package dk.infohus.intake.concern.application;

/**
 * What a sender must prove before a new submission is stored, such as the public form's proof of work.
 * {@link ConcernIntake#receive} asks only for a submission that is new: the same submission again (a
 * double click, a reload, a retried call) gets its receipt without a second proof.
 */
@FunctionalInterface
public interface Admission {

    /** Nothing to prove: the caller was admitted by signing in, or by the API's own limits. */
    Admission NONE = submissionKey -> {};

    /**
     * Admits the submission or throws.
     *
     * @param submissionKey the key that makes this submission one concern, however often it is sent: a proof
     *     used for one submission may be shown again for the same submission, never for another
     * @throws RuntimeException (an {@link dk.infohus.platform.domain.InvalidInput} or the adapter's own) when
     *     the sender is not admitted; nothing is stored then
     */
    void admit(String submissionKey);
}
