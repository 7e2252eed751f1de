package dk.infohus.contracts;

import java.util.List;

/**
 * An event that breaks its contract: unknown type, unreadable JSON or data its schema refuses.
 * Retrying cannot mend it; a consumer sends it straight to the dead-letter topic.
 */
public class InvalidEvent extends RuntimeException {

    private final List<String> problems;

    public InvalidEvent(String message, List<String> problems) {
        super(problems.isEmpty() ? message : message + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidEvent(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
        this.problems = List.of(String.valueOf(cause.getMessage()));
    }

    public List<String> problems() {
        return problems;
    }
}
