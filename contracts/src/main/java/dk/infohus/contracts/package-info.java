/**
 * What the services promise each other: event records, the topics that carry them and the JSON Schema
 * of every event type. Plain Java and Jackson only; no Spring, Kafka or MongoDB types in here.
 */
@NullMarked
package dk.infohus.contracts;

import org.jspecify.annotations.NullMarked;
