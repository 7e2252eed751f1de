package dk.infohus.platform.outbox;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("probes")
class ProbeDocument extends OutboxDocument {

    @Id
    private String id;

    ProbeDocument(String id) {
        this.id = id;
    }

    @Override
    public Object id() {
        return id;
    }
}
