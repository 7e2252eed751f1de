package dk.infohus.launcher.load;

/** What a simulated user does on intake's pages, with the method and the URI template the server tags it by. */
public enum Action {
    /** {@code GET /offentlig/bekymring}: the citizen's concern form. */
    FORM_VIEW("GET", "/offentlig/bekymring", "GET form"),
    /** {@code POST /offentlig/bekymring}: the filled form, multipart, answered by the receipt page. */
    SUBMISSION("POST", "/offentlig/bekymring", "POST submission"),
    /** {@code GET /offentlig/status?kode=...}: the status by receipt code. */
    STATUS("GET", "/offentlig/status", "GET status");

    private final String method;
    private final String uri;
    private final String label;

    Action(String method, String uri, String label) {
        this.method = method;
        this.uri = uri;
        this.label = label;
    }

    public String method() {
        return method;
    }

    /** The {@code uri} tag of {@code http_server_requests_seconds} for this action. */
    public String uri() {
        return uri;
    }

    public String label() {
        return label;
    }
}
