package dk.infohus.intake.concern.adapter.attachments;

import dk.infohus.intake.attachment.application.AttachmentStore;
import dk.infohus.intake.attachment.application.StoredAttachment;
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
                .attach(
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
        return store.read(concern.value(), attachmentId)
                .map(opened -> new StoredFile(attachedFile(opened.file()), opened::content));
    }

    @Override
    public void discardAllOf(ConcernId concern) {
        store.deleteAllOf(concern.value());
    }

    private static AttachedFile attachedFile(StoredAttachment file) {
        return new AttachedFile(file.id(), file.filename(), file.mediaType(), file.size());
    }
}
