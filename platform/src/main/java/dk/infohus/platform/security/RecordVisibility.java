package dk.infohus.platform.security;

import dk.infohus.platform.domain.NotFound;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Whether a caller may know that a record exists: asked before the audit trail tells anyone who accessed
 * it, so that the audit list leaks no more than the record itself would. Each service answers it with
 * its own need-to-know rules; without an answer, no record is visible.
 */
@FunctionalInterface
public interface RecordVisibility {

    boolean visibleTo(String recordId, Caller caller);

    /**
     * For records identified by a UUID and read through a use case that throws {@link NotFound} for a
     * record the caller may not see.
     */
    static RecordVisibility byUuid(BiConsumer<UUID, Caller> read) {
        return (recordId, caller) -> {
            UUID id;
            try {
                id = UUID.fromString(recordId);
            } catch (IllegalArgumentException e) {
                return false;
            }
            try {
                read.accept(id, caller);
                return true;
            } catch (NotFound e) {
                return false;
            }
        };
    }
}
