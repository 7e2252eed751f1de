package dk.infohus.intake.concern.adapter.attachments;

import dk.infohus.intake.attachment.application.AttachmentStore;
import dk.infohus.intake.attachment.domain.Attachment;
import dk.infohus.intake.attachment.domain.AttachmentId;
import dk.infohus.intake.concern.application.ConcernAttachments;
import dk.infohus.intake.concern.domain.AttachedFile;
import dk.infohus.intake.concern.domain.ConcernId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The concern feature's files, kept by the attachment feature (GridFS, type detected from content). */
@Component
class FilesOfConcerns implements ConcernAttachments {

    private final AttachmentStore store;

    FilesOfConcerns(AttachmentStore store) {
        this.store = store;
    }

    @Override
    public List<AttachedFile> store(ConcernId concern, List<ConcernAttachments.Upload> uploads) {
        if (uploads.isEmpty()) {
            return List.of();
        }
        return store
                .store(
                        concern.value(),
                        uploads.stream()
                                .map(upload -> new dk.infohus.intake.attachment.application.Upload(
                                        upload.filename(), upload.size(), upload.content()::open))
                                .toList())
                .stream()
                .map(FilesOfConcerns::attachedFile)
                .toList();
    }

    @Override
    public Optional<StoredFile> open(ConcernId concern, UUID attachmentId) {
        return store.open(concern.value(), new AttachmentId(attachmentId))
                .map(content -> new StoredFile(attachedFile(content.attachment()), content::content));
    }

    @Override
    public void discardAllOf(ConcernId concern) {
        store.deleteAllOf(concern.value());
    }

    private static AttachedFile attachedFile(Attachment attachment) {
        return new AttachedFile(
                attachment.id().value(), attachment.filename(), attachment.mediaType(), attachment.size());
    }
}
