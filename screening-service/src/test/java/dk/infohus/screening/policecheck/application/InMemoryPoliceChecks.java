package dk.infohus.screening.policecheck.application;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Police checks in a map, with every event their changes caused, for tests of the use cases. */
final class InMemoryPoliceChecks implements PoliceChecks {

    final Map<PoliceCheckId, PoliceCheck> checks = new LinkedHashMap<>();
    final List<InfohusEvent> events = new ArrayList<>();
    int writes;

    void add(PoliceCheck check) {
        checks.put(check.id(), check);
    }

    @Override
    public boolean open(PoliceCheck check, List<InfohusEvent> caused, String causingEventId) {
        if (checks.containsKey(check.id())) {
            return false;
        }
        checks.put(check.id(), check);
        events.addAll(caused);
        return true;
    }

    @Override
    public Optional<PoliceCheck> find(PoliceCheckId id) {
        return Optional.ofNullable(checks.get(id)).map(check -> PoliceCheck.restore(check.snapshot()));
    }

    @Override
    public QueuePage queue(QueueFilter filter, Instant now, int page, int size) {
        throw new UnsupportedOperationException("the queue is MongoDB's: see ScreeningServiceIT");
    }

    @Override
    public WaitingChecks countWaiting(
            java.util.Set<dk.infohus.screening.policecheck.domain.PoliceCheckState> states,
            java.util.Set<String> municipalities,
            Instant now) {
        throw new UnsupportedOperationException("the count is MongoDB's: see ScreeningServiceIT");
    }

    @Override
    public Optional<PoliceCheck> change(PoliceCheckId id, Function<PoliceCheck, List<InfohusEvent>> change) {
        return find(id).map(check -> {
            events.addAll(change.apply(check));
            checks.put(id, check);
            writes++;
            return check;
        });
    }
}
