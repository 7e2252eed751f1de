package dk.infohus.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * An event one service tells the others. Every event belongs to one case: the case id is the Kafka
 * key and the CloudEvent subject, so the events of a case stay in order. {@link EventType} lists them all.
 */
public interface InfohusEvent {

    /** The case the event belongs to; intake's concern id, kept through the whole flow. */
    UUID caseId();

    /** The municipality (kommunekode, e.g. {@code 657} for Herning) that owns the case. */
    String municipality();

    /** When it happened, by the producing service's clock. */
    Instant occurredAt();
}
