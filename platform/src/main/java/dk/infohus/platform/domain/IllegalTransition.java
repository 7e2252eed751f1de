package dk.infohus.platform.domain;

/**
 * An action that the aggregate's current state does not allow, such as clearing a police check twice.
 * Over REST it becomes a 409 that names the current state.
 */
public class IllegalTransition extends RuntimeException {

    private final String aggregate;
    private final String currentState;
    private final String action;

    public IllegalTransition(String aggregate, String currentState, String action) {
        super(aggregate + " in state " + currentState + " does not allow " + action);
        this.aggregate = aggregate;
        this.currentState = currentState;
        this.action = action;
    }

    public String aggregate() {
        return aggregate;
    }

    public String currentState() {
        return currentState;
    }

    public String action() {
        return action;
    }
}
