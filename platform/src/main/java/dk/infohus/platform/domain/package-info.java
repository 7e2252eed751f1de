/**
 * A small plain-Java kernel that every service's domain may use: transition tables and the exceptions
 * a use case raises. It never brings Spring, Kafka or MongoDB along.
 */
@NullMarked
package dk.infohus.platform.domain;

import org.jspecify.annotations.NullMarked;
