/**
 * The audit trail: every read and change of a case or a person's data, hash-chained per service so that
 * an edited or removed entry is detected. Kept in its own collection; no API changes it.
 */
@NullMarked
package dk.infohus.platform.audit;

import org.jspecify.annotations.NullMarked;
