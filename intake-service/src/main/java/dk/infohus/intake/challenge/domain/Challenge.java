package dk.infohus.intake.challenge.domain;

/**
 * A proof-of-work challenge as the ALTCHA widget (protocol v1) reads it: find the number up to
 * {@code maxNumber} whose {@code algorithm} hash of {@code salt + number} is {@code challenge}. The
 * signature is the server's HMAC of the challenge, so only challenges issued here verify; the salt carries
 * the expiry ({@code ?expires=<epoch seconds>}), covered by the hash and so by the signature.
 */
public record Challenge(String algorithm, String challenge, long maxNumber, String salt, String signature) {}
