package dk.infohus.intake.attachment.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.gridfs.model.GridFSFile;
import dk.infohus.intake.attachment.application.AttachmentContent;
import dk.infohus.intake.attachment.application.Attachments;
import dk.infohus.intake.attachment.domain.Attachment;
import dk.infohus.intake.attachment.domain.AttachmentId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.data.mongodb.gridfs.GridFsUpload;

/**
 * Attached files in GridFS, bucket {@value #BUCKET} (collections {@code attachments.files} and {@code
 * attachments.chunks}). A file's {@code _id} is the attachment id as text; its metadata holds the
 * concern id, the detected media type, the SHA-256 and when it was stored.
 */
public class GridFsAttachments implements Attachments {

    public static final String BUCKET = "attachments";

    static final String CONCERN_ID = "metadata.concernId";
    static final String STORED_AT = "metadata.storedAt";

    private final GridFsTemplate gridFs;

    public GridFsAttachments(GridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    /** Indexes the files by concern and by age, for {@link #of}, {@link #deleteAllOf} and the orphan sweep. */
    public void ensureIndexes(MongoTemplate mongo) {
        var index = mongo.indexOps(BUCKET + ".files");
        index.createIndex(new Index().on(CONCERN_ID, Sort.Direction.ASC).named("concernId"));
        index.createIndex(new Index().on(STORED_AT, Sort.Direction.ASC).named("storedAt"));
    }

    @Override
    public void store(UUID concernId, Attachment attachment, InputStream content, Instant storedAt) {
        Document metadata = new Document("concernId", concernId.toString())
                .append("mediaType", attachment.mediaType())
                .append("sha256", attachment.sha256())
                .append("storedAt", Date.from(storedAt));
        gridFs.store(GridFsUpload.fromStream(content)
                .id(attachment.id().toString())
                .filename(attachment.filename())
                .contentType(attachment.mediaType())
                .metadata(metadata)
                .build());
    }

    @Override
    public Optional<AttachmentContent> open(UUID concernId, AttachmentId id) {
        GridFSFile file = gridFs.findOne(
                query(where("_id").is(id.toString()).and(CONCERN_ID).is(concernId.toString())));
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AttachmentContent(
                    attachmentOf(file), gridFs.getResource(file).getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open attachment " + id, e);
        }
    }

    @Override
    public List<Attachment> of(UUID concernId) {
        List<Attachment> found = new ArrayList<>();
        gridFs.find(query(where(CONCERN_ID).is(concernId.toString())).with(Sort.by(STORED_AT, "uploadDate")))
                .forEach(file -> found.add(attachmentOf(file)));
        return found;
    }

    @Override
    public void delete(AttachmentId id) {
        gridFs.delete(query(where("_id").is(id.toString())));
    }

    @Override
    public int deleteAllOf(UUID concernId) {
        return deleteAll(query(where(CONCERN_ID).is(concernId.toString())));
    }

    @Override
    public int deleteOf(UUID concernId, Instant storedBefore) {
        return deleteAll(
                query(where(CONCERN_ID).is(concernId.toString()).and(STORED_AT).lt(Date.from(storedBefore))));
    }

    @Override
    public Set<UUID> concernsWithFilesStoredBefore(Instant storedBefore) {
        Set<UUID> concerns = new LinkedHashSet<>();
        gridFs.find(query(where(STORED_AT).lt(Date.from(storedBefore))))
                .forEach(file -> concerns.add(UUID.fromString(metadataOf(file).getString("concernId"))));
        return concerns;
    }

    /** Deletes file by file (GridFS removes the file's document first, then its chunks). */
    private int deleteAll(Query files) {
        List<Object> ids = new ArrayList<>();
        gridFs.find(files).forEach(file -> ids.add(file.getId().asString().getValue()));
        for (Object id : ids) {
            gridFs.delete(query(where("_id").is(id)));
        }
        return ids.size();
    }

    private static Attachment attachmentOf(GridFSFile file) {
        Document metadata = metadataOf(file);
        return new Attachment(
                new AttachmentId(UUID.fromString(file.getId().asString().getValue())),
                file.getFilename(),
                metadata.getString("mediaType"),
                file.getLength(),
                metadata.getString("sha256"));
    }

    private static Document metadataOf(GridFSFile file) {
        Document metadata = file.getMetadata();
        if (metadata == null) {
            throw new IllegalStateException("attachment " + file.getId() + " has no metadata");
        }
        return metadata;
    }
}
