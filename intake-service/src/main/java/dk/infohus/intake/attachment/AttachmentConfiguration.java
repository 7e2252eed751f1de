package dk.infohus.intake.attachment;

import dk.infohus.intake.attachment.adapter.clamd.ClamdScan;
import dk.infohus.intake.attachment.adapter.mongo.GridFsAttachments;
import dk.infohus.intake.attachment.adapter.tika.TikaMediaTypes;
import dk.infohus.intake.attachment.application.AttachmentStore;
import dk.infohus.intake.attachment.application.Attachments;
import dk.infohus.intake.attachment.application.MalwareScan;
import dk.infohus.intake.attachment.domain.AttachmentPolicy;
import dk.infohus.intake.attachment.domain.MediaTypeDetector;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
@EnableConfigurationProperties(MalwareScanProperties.class)
class AttachmentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AttachmentConfiguration.class);

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
    MalwareScan malwareScan(MalwareScanProperties clamd) {
        if (clamd.host() == null || clamd.host().isBlank()) {
            log.warn("Attachments are not scanned for malware: set infohus.intake.attachments.clamd.host to a ClamAV"
                    + " daemon (docker-compose.yml runs one)");
            return MalwareScan.NONE;
        }
        log.info("Attachments are scanned for malware by clamd at {}:{}", clamd.host(), clamd.port());
        return new ClamdScan(clamd.host(), clamd.port(), clamd.timeout());
    }

    @Bean
    AttachmentStore attachmentStore(
            Attachments attachments, MediaTypeDetector attachmentMediaTypes, MalwareScan malwareScan, Clock clock) {
        return new AttachmentStore(attachments, new AttachmentPolicy(attachmentMediaTypes), malwareScan, clock);
    }
}
