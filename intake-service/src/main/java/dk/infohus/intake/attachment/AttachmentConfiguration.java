package dk.infohus.intake.attachment;

import dk.infohus.intake.attachment.adapter.mongo.GridFsAttachments;
import dk.infohus.intake.attachment.adapter.tika.TikaMediaTypes;
import dk.infohus.intake.attachment.application.AttachmentStore;
import dk.infohus.intake.attachment.application.Attachments;
import dk.infohus.intake.attachment.domain.AttachmentPolicy;
import dk.infohus.intake.attachment.domain.MediaTypeDetector;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

/**
 * Wires the attachment feature. Its GridFS template is its own (bucket {@value
 * GridFsAttachments#BUCKET}) and no bean, so the default one Spring Boot offers stays as it is.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentConfiguration {

    @Bean
    MediaTypeDetector attachmentMediaTypes() {
        return new TikaMediaTypes();
    }

    @Bean
    Attachments attachments(MongoDatabaseFactory mongoFactory, MongoConverter converter, MongoTemplate mongo) {
        var attachments = new GridFsAttachments(new GridFsTemplate(mongoFactory, converter, GridFsAttachments.BUCKET));
        attachments.ensureIndexes(mongo);
        return attachments;
    }

    @Bean
    AttachmentStore attachmentStore(Attachments attachments, MediaTypeDetector attachmentMediaTypes, Clock clock) {
        return new AttachmentStore(attachments, new AttachmentPolicy(attachmentMediaTypes), clock);
    }
}
