package dk.infohus.intake.concern.domain;

import java.util.UUID;

/** A file the reporter attached (a screenshot, a PDF), as stored beside the concern. */
public record AttachedFile(UUID id, String filename, String mediaType, long sizeBytes) {}
