package dk.infohus.platform.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Puts the case id (the record key) into every log line written while a listener handles a record,
 * beside the trace id, so that a coordinator's question "what happened to this case?" is one search.
 */
public class CaseLogging implements RecordInterceptor<Object, Object> {

    /** The MDC key, also used by the web adapter for requests about a case. */
    public static final String CASE_ID = "caseId";

    @Override
    public @Nullable ConsumerRecord<Object, Object> intercept(
            ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        if (record.key() != null) {
            MDC.put(CASE_ID, record.key().toString());
        }
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(CASE_ID);
    }

    @Override
    public void clearThreadState(Consumer<?, ?> consumer) {
        MDC.remove(CASE_ID);
    }
}
