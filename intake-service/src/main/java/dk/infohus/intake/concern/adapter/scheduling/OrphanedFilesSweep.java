package dk.infohus.intake.concern.adapter.scheduling;

import dk.infohus.intake.attachment.application.AttachmentStore;
import dk.infohus.intake.concern.application.Concerns;
import dk.infohus.intake.concern.domain.ConcernId;
import java.time.Clock;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes files whose concern was never written: stored, then the service crashed before the concern's
 * write. A file younger than an hour is left alone, as its concern may be being written right now.
 */
@Component
class OrphanedFilesSweep {

    static final Duration GRACE = Duration.ofHours(1);

    private final AttachmentStore files;
    private final Concerns concerns;
    private final Clock clock;

    OrphanedFilesSweep(AttachmentStore files, Concerns concerns, Clock clock) {
        this.files = files;
        this.concerns = concerns;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${infohus.intake.orphaned-files-sweep:PT15M}", initialDelayString = "PT1M")
    int sweep() {
        return files.deleteOrphans(
                clock.instant().minus(GRACE),
                concernId -> concerns.find(new ConcernId(concernId)).isPresent());
    }
}
