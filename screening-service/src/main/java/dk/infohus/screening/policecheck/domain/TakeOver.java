package dk.infohus.screening.policecheck.domain;

import java.time.Instant;

/**
 * The police kept the concern to themselves.
 *
 * @param reason why, for the police and the municipal coordinator; it stays in screening and is never
 *     published
 */
public record TakeOver(Officer by, String reason, Instant at) {}
