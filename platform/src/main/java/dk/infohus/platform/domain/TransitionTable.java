package dk.infohus.platform.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The allowed transitions of one aggregate: from a state, an action leads to exactly one next state,
 * and every pair not in the table is refused with {@link IllegalTransition}. The table is the whole
 * state machine, so a test can walk every state and every action against it.
 *
 * @param <S> the aggregate's states
 * @param <A> the actions that move it
 */
public final class TransitionTable<S extends Enum<S>, A extends Enum<A>> {

    private final String aggregate;
    private final Map<S, Map<A, S>> next;

    private TransitionTable(String aggregate, Map<S, Map<A, S>> next) {
        this.aggregate = aggregate;
        this.next = next;
    }

    public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> of(
            String aggregate, Class<S> states, Class<A> actions) {
        return new Builder<>(aggregate, states, actions);
    }

    /** The state {@code action} leads to from {@code current}; refuses a transition the table lacks. */
    public S apply(S current, A action) {
        return lookup(current, action)
                .orElseThrow(() -> new IllegalTransition(aggregate, current.name(), action.name()));
    }

    /** The state {@code action} leads to from {@code current}, if the table allows it. */
    public Optional<S> lookup(S current, A action) {
        return Optional.ofNullable(next.getOrDefault(current, Map.of()).get(action));
    }

    public boolean allows(S current, A action) {
        return lookup(current, action).isPresent();
    }

    public String aggregate() {
        return aggregate;
    }

    public static final class Builder<S extends Enum<S>, A extends Enum<A>> {
        private final String aggregate;
        private final Class<A> actions;
        private final Map<S, Map<A, S>> next;

        private Builder(String aggregate, Class<S> states, Class<A> actions) {
            this.aggregate = aggregate;
            this.actions = actions;
            this.next = new EnumMap<>(states);
        }

        /** From {@code from}, {@code action} leads to {@code to}. */
        public Builder<S, A> allow(S from, A action, S to) {
            S earlier =
                    next.computeIfAbsent(from, state -> new EnumMap<>(actions)).putIfAbsent(action, to);
            if (earlier != null) {
                throw new IllegalArgumentException(aggregate + ": " + from + " --" + action + "--> twice");
            }
            return this;
        }

        public TransitionTable<S, A> build() {
            Map<S, Map<A, S>> frozen = new EnumMap<>(next);
            frozen.replaceAll((state, byAction) -> Collections.unmodifiableMap(byAction));
            return new TransitionTable<>(aggregate, Collections.unmodifiableMap(frozen));
        }
    }
}
