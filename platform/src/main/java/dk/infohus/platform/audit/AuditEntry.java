package dk.infohus.platform.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One access to a case or a person's data: who, in which role, did what to which record, for what
 * purpose, when, with what answer, and the trace that ties it to the rest of the request. Chained to the
 * entry before it by hash.
 *
 * @param seq position in this service's trail, from 1
 * @param action {@code read} or {@code change}
 * @param record the case or record id, or the list that was read (never personal data)
 * @param status the HTTP status the caller got
 */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        String role,
        String action,
        String record,
        String purpose,
        int status,
        @Nullable String traceId,
        String previousHash,
        String hash) {}
