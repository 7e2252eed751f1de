package dk.infohus.launcher.load;

import java.util.function.Predicate;

/**
 * What the police queue benchmark asks screening for: the coordinator's queue page three ways, the same queue
 * through the API, the workspace's count, and two trivial requests of the same service as anchors. Each with the
 * {@code uri} tag screening's {@code http_server_requests_seconds} files it under, and what a good answer
 * shows.
 */
public enum QueueRequest {
    /** A static file of the shared page layer: the anchor of (almost) no work, through the same filters. */
    STYLESHEET("stylesheet (anchor)", "/web-ui/infohus.css", "/**", "text/css", true, body -> body.contains("{")),
    /** The health endpoint: the anchor of one round trip to the store (its ping). */
    HEALTH(
            "health (anchor)",
            "/actuator/health",
            "/actuator/health",
            "application/json",
            true,
            body -> body.contains("\"UP\"")),
    /** The coordinator's queue, first page, default filters (open checks of all the district's municipalities). */
    QUEUE_PAGE("queue page, first page", "/politi", "/politi", "text/html", false, QueueRequest::hasRows),
    /** The queue narrowed to one municipality's acute checks, as the filter form sends it. */
    FILTERED_PAGE(
            "queue page, Herning's acute",
            "/politi?state=OPEN&municipality=657&acute=true",
            "/politi",
            "text/html",
            false,
            QueueRequest::hasRows),
    /** A later page of the default queue: page 20 counted from 0, i.e. rows 501 to 525. */
    LATER_PAGE("queue page 20", "/politi?state=OPEN&page=20", "/politi", "text/html", false, QueueRequest::hasRows),
    /** The same queue through the API, 50 a page. */
    API_QUEUE(
            "API queue, 50 a page",
            "/api/police-checks?state=OPEN&size=50",
            "/api/police-checks",
            "application/json",
            false,
            body -> body.contains("\"items\":[{")),
    /** How much waits for the coordinator, for the front door's workspace. */
    WAITING(
            "workspace count",
            "/api/police-checks/waiting",
            "/api/police-checks/waiting",
            "application/json",
            false,
            body -> body.contains("\"waiting\":"));

    private final String label;
    private final String path;
    private final String uriTag;
    private final String accept;
    private final boolean anchor;
    private final Predicate<String> answered;

    QueueRequest(String label, String path, String uriTag, String accept, boolean anchor, Predicate<String> answered) {
        this.label = label;
        this.path = path;
        this.uriTag = uriTag;
        this.accept = accept;
        this.anchor = anchor;
        this.answered = answered;
    }

    public String label() {
        return label;
    }

    /** The path and query the users ask for. */
    public String path() {
        return path;
    }

    /** The {@code uri} tag of {@code http_server_requests_seconds} for this request (shared by the three pages). */
    public String uriTag() {
        return uriTag;
    }

    public String accept() {
        return accept;
    }

    /** Whether this is a trivial request to measure the others against. */
    public boolean anchor() {
        return anchor;
    }

    /** Whether a 200 answer shows what the user came for (rows of the queue, the count, the file). */
    public boolean answers(String body) {
        return answered.test(body);
    }

    private static boolean hasRows(String html) {
        return html.contains("/politi/sager/");
    }
}
