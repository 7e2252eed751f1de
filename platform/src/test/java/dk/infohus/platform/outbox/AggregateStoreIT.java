package dk.infohus.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.screening.PoliceCheckOpened;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.IllegalTransition;
import dk.infohus.testing.InfohusServiceTest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The apply-once policies every service's store inherits, on a probe aggregate: a counter. */
@InfohusServiceTest
class AggregateStoreIT {

    /** The probe aggregate. */
    static final class Counter {
        final String id;
        int count;

        Counter(String id, int count) {
            this.id = id;
            this.count = count;
        }

        List<InfohusEvent> add(int by) {
            count += by;
            return List.of();
        }
    }

    static final class Counters extends AggregateStore<Counter, CounterDocument> {

        Counters(MongoTemplate mongo, Outbox outbox, OutboxRelay relay) {
            super(mongo, outbox, relay, CounterDocument.class);
        }

        @Override
        protected CounterDocument toDocument(Counter counter) {
            return new CounterDocument(counter.id, counter.count);
        }

        @Override
        protected Counter toAggregate(CounterDocument document) {
            return new Counter((String) document.id(), document.count());
        }

        @Override
        protected void update(CounterDocument document, Counter counter) {
            document.count(counter.count);
        }

        @Override
        protected String stateOf(Counter counter) {
            return "AT_" + counter.count;
        }
    }

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    Clock clock;

    Counters counters;

    String id;

    @BeforeEach
    void setUp() {
        counters = new Counters(mongo, outbox, relay);
        id = UUID.randomUUID().toString();
    }

    @Test
    void anOpenedAggregateIsStoredWithItsEventsAndTheCausingEventId() {
        UUID caseId = UUID.randomUUID();
        var opened = new Changed<>(
                new Counter(id, 1), List.of(new PoliceCheckOpened(caseId, "657", clock.instant(), false)));

        assertThat(counters.open(opened, "event-1")).isTrue();

        CounterDocument stored = mongo.findById(id, CounterDocument.class);
        assertThat(stored.count()).isEqualTo(1);
        assertThat(stored.processedEventIds()).containsExactly("event-1");
    }

    @Test
    void theSameOpeningEventAgainChangesNothing() {
        counters.open(new Changed<>(new Counter(id, 1), List.of()), "event-1");
        Long version = mongo.findById(id, CounterDocument.class).version();

        assertThat(counters.open(new Changed<>(new Counter(id, 7), List.of()), "event-1"))
                .isFalse();

        CounterDocument stored = mongo.findById(id, CounterDocument.class);
        assertThat(stored.count()).isEqualTo(1);
        assertThat(stored.version()).isEqualTo(version);
    }

    @Test
    void anotherEventOpeningWhatExistsIsRefusedAndChangesNothing() {
        counters.open(new Changed<>(new Counter(id, 1), List.of()), "event-1");
        Long version = mongo.findById(id, CounterDocument.class).version();

        assertThatThrownBy(() -> counters.open(new Changed<>(new Counter(id, 7), List.of()), "event-2"))
                .isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("OPEN");
        assertThatThrownBy(() -> counters.open(new Changed<>(new Counter(id, 7), List.of()), null))
                .isInstanceOf(IllegalTransition.class);

        CounterDocument stored = mongo.findById(id, CounterDocument.class);
        assertThat(stored.count()).isEqualTo(1);
        assertThat(stored.version()).isEqualTo(version);
        assertThat(stored.processedEventIds()).containsExactly("event-1");
    }

    @Test
    void aChangeByAnEventIsAppliedOnceWhateverIsRedelivered() {
        counters.open(new Changed<>(new Counter(id, 0), List.of()), null);

        assertThat(counters.change(id, "event-1", counter -> counter.add(1)))
                .map(counter -> counter.count)
                .contains(1);
        assertThat(counters.change(id, "event-1", counter -> counter.add(1)))
                .map(counter -> counter.count)
                .contains(1);
        assertThat(counters.change(id, "event-2", counter -> counter.add(1)))
                .map(counter -> counter.count)
                .contains(2);

        CounterDocument stored = mongo.findById(id, CounterDocument.class);
        assertThat(stored.count()).isEqualTo(2);
        assertThat(stored.processedEventIds()).containsExactly("event-1", "event-2");
    }

    @Test
    void aChangeOfAnUnknownAggregateFindsNothingAndWritesNothing() {
        assertThat(counters.change(id, "event-1", counter -> counter.add(1))).isEmpty();
        assertThat(mongo.findById(id, CounterDocument.class)).isNull();
    }

    @Test
    void aChangeWrittenInBetweenIsDecidedAgainOnTheFreshState() {
        counters.open(new Changed<>(new Counter(id, 0), List.of()), null);
        List<Integer> seen = new ArrayList<>();

        Optional<Counter> changed = counters.change(id, null, counter -> {
            seen.add(counter.count);
            if (seen.size() == 1) {
                // someone else writes the counter between this load and this write
                counters.change(id, null, other -> other.add(10));
            }
            return counter.add(1);
        });

        assertThat(seen).containsExactly(0, 10);
        assertThat(changed).map(counter -> counter.count).contains(11);
        assertThat(mongo.findById(id, CounterDocument.class).count()).isEqualTo(11);
    }

    @Test
    void aChangeThatKeepsConflictingGivesUpAfterTheAttemptsAndStoresNothing() {
        counters.open(new Changed<>(new Counter(id, 0), List.of()), null);
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> counters.change(id, "event-1", counter -> {
                    attempts.incrementAndGet();
                    counters.change(id, null, other -> other.add(10));
                    return counter.add(1);
                }))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.type(ConcurrentChange.class))
                .satisfies(refused -> {
                    assertThat(refused.currentState())
                            .as("names the state the writes that won left")
                            .isEqualTo("AT_" + 10 * AggregateStore.CHANGE_ATTEMPTS);
                    assertThat(refused.aggregate()).isEqualTo(mongo.getCollectionName(CounterDocument.class));
                });

        assertThat(attempts).hasValue(AggregateStore.CHANGE_ATTEMPTS);
        CounterDocument stored = mongo.findById(id, CounterDocument.class);
        assertThat(stored.count()).isEqualTo(10 * AggregateStore.CHANGE_ATTEMPTS);
        assertThat(stored.processedEventIds()).isEmpty();
    }

    @Test
    void openOrChangeOpensOnceThenChangesAndIgnoresRedeliveries() {
        Function<Counter, List<InfohusEvent>> addOne = counter -> counter.add(1);

        assertThat(counters.openOrChange(id, "event-1", () -> new Changed<>(new Counter(id, 100), List.of()), addOne))
                .isTrue();
        assertThat(counters.openOrChange(id, "event-1", () -> new Changed<>(new Counter(id, 100), List.of()), addOne))
                .isFalse();
        assertThat(counters.openOrChange(id, "event-2", () -> new Changed<>(new Counter(id, 100), List.of()), addOne))
                .isTrue();

        CounterDocument stored = mongo.findById(id, CounterDocument.class);
        assertThat(stored.count()).isEqualTo(101);
        assertThat(stored.processedEventIds()).containsExactly("event-1", "event-2");
    }

    @Test
    void openOrChangeOpenedByAnotherWriteMeanwhileChangesWhatWasOpened() {
        AtomicInteger opens = new AtomicInteger();

        boolean applied = counters.openOrChange(
                id,
                "event-2",
                () -> {
                    if (opens.incrementAndGet() == 1) {
                        // another event opens it between this load and this insert
                        counters.open(new Changed<>(new Counter(id, 100), List.of()), "event-1");
                    }
                    return new Changed<>(new Counter(id, 5), List.of());
                },
                counter -> counter.add(1));

        assertThat(applied).isTrue();
        CounterDocument stored = mongo.findById(id, CounterDocument.class);
        assertThat(stored.count()).isEqualTo(101);
        assertThat(stored.processedEventIds()).containsExactly("event-1", "event-2");
    }
}
