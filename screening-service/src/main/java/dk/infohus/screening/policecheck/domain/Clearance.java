package dk.infohus.screening.policecheck.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The police coordinator's finding that nothing keeps the concern from Infohus. */
public record Clearance(Officer by, @Nullable String note, Instant at) {}
