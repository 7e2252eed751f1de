package dk.infohus.launcher;

/** The five Infohus services, in the order a concern flows through them, with their default ports. */
public enum Service {
    INTAKE("intake-service", 8081),
    SCREENING("screening-service", 8082),
    ASSESSMENT("assessment-service", 8083),
    REFERRAL("referral-service", 8084),
    NOTIFICATION("notification-service", 8085);

    private final String module;
    private final int defaultPort;

    Service(String module, int defaultPort) {
        this.module = module;
        this.defaultPort = defaultPort;
    }

    /** The Maven module, which is also the service's name. */
    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The short name, e.g. {@code intake}: the gateway's key for it in {@code infohus.gateway.services}. */
    public String shortName() {
        return module.substring(0, module.indexOf('-'));
    }

    /** The service's own database. */
    public String database() {
        return shortName();
    }
}
