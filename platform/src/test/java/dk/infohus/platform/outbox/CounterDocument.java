package dk.infohus.platform.outbox;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A probe aggregate's document: a counter. */
@Document("counters")
class CounterDocument extends OutboxDocument {

    @Id
    private String id;

    private int count;

    CounterDocument(String id, int count) {
        this.id = id;
        this.count = count;
    }

    @Override
    public Object id() {
        return id;
    }

    int count() {
        return count;
    }

    void count(int count) {
        this.count = count;
    }
}
