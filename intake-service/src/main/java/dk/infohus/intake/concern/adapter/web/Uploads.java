package dk.infohus.intake.concern.adapter.web;

import dk.infohus.intake.concern.application.ConcernAttachments.Upload;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** Uploaded parts as the application takes them; parts without a file (an empty file input) are left out. */
final class Uploads {

    private Uploads() {}

    static List<Upload> of(@Nullable List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(file -> !(file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank())))
                .map(file -> new Upload(
                        file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                        file.getSize(),
                        file::getInputStream))
                .toList();
    }
}
