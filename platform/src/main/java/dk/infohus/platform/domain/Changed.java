package dk.infohus.platform.domain;

import dk.infohus.contracts.InfohusEvent;
import java.util.List;

/**
 * An aggregate after a state change, with the events the change caused; both are stored in one write.
 *
 * @param <A> the aggregate
 */
public record Changed<A>(A aggregate, List<InfohusEvent> events) {

    public Changed {
        events = List.copyOf(events);
    }
}
