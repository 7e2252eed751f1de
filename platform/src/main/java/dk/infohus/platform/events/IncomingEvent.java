package dk.infohus.platform.events;

import dk.infohus.contracts.EventType;
import dk.infohus.contracts.InfohusEvent;
import java.net.URI;

/**
 * An event read off Kafka and checked against its contract.
 *
 * @param id the CloudEvent id; a consumer records it in the same write as its effect
 * @param source the producing service
 */
public record IncomingEvent(String id, URI source, EventType type, InfohusEvent event) {}
