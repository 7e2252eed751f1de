package dk.infohus.intake.concern.application;

/**
 * The sender used an idempotency key again with a different submission. Nothing is stored and no receipt
 * is given: over REST a 422 problem naming the {@code Idempotency-Key} header, as the IETF draft on the
 * header says; on a page, the form again with a new key.
 */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super("this idempotency key was used before for a different submission; send a new key", null, false, false);
    }
}
