package dk.infohus.platform.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler outside {@code /api/**} whose requests the audit trail records as it records every API
 * request: a page that creates a record or shows one. The handler names the record with
 * {@link AuditInterceptor#RECORD_ATTRIBUTE}; otherwise the entry names the path, never the query (a page's
 * query may hold a receipt code).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {}
