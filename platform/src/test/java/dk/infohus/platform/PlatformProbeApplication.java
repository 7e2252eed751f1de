package dk.infohus.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare service with the platform on its class path, for testing the plumbing itself. */
@SpringBootApplication
public class PlatformProbeApplication {}
