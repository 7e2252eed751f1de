package dk.infohus.launcher;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MongoStore} in a child JVM keeps every acknowledged write when it is killed with SIGKILL. */
class MongoStoreDurabilityIT {

    private static final int DOCUMENTS = 1_000;
    private static final int SIGKILL_EXIT_CODE = 128 + 9;

    @TempDir
    Path directory;

    private Path file;
    private Path log;
    private int port;
    private ChildProcess store;

    @BeforeEach
    void setUp() {
        file = directory.resolve("mongo").resolve("infohus.mv");
        log = directory.resolve("logs").resolve("mongo.log");
        port = FreePorts.take();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        if (store != null) {
            store.stop(Duration.ofSeconds(10));
        }
    }

    @Test
    void keepsEveryAcknowledgedInsertUpdateAndDeleteWhenKilled() throws Exception {
        startStore();
        try (MongoClient client = client()) {
            MongoCollection<Document> cases = cases(client);
            for (int i = 0; i < DOCUMENTS; i++) {
                cases.insertOne(new Document("_id", i).append("status", "new").append("version", 0));
            }
            // killed at once, while the client still has its connections open
            assertThat(store.kill()).isEqualTo(SIGKILL_EXIT_CODE);
        }

        startStore();
        try (MongoClient client = client()) {
            MongoCollection<Document> cases = cases(client);
            assertThat(ids(cases))
                    .isEqualTo(IntStream.range(0, DOCUMENTS).boxed().collect(Collectors.toList()));

            for (int i = 0; i < 100; i++) {
                assertThat(cases.updateOne(eq("_id", i), combine(set("status", "updated"), inc("version", 1)))
                                .getModifiedCount())
                        .isEqualTo(1);
            }
            for (int i = DOCUMENTS - 10; i < DOCUMENTS; i++) {
                assertThat(cases.deleteOne(eq("_id", i)).getDeletedCount()).isEqualTo(1);
            }
            assertThat(store.kill()).isEqualTo(SIGKILL_EXIT_CODE);
        }

        startStore();
        try (MongoClient client = client()) {
            MongoCollection<Document> cases = cases(client);
            assertThat(cases.countDocuments()).isEqualTo(DOCUMENTS - 10);
            assertThat(cases.countDocuments(eq("status", "updated"))).isEqualTo(100);
            assertThat(cases.countDocuments(eq("version", 1))).isEqualTo(100);
            assertThat(cases.countDocuments(and(lt("_id", 100), eq("status", "updated"))))
                    .isEqualTo(100);
            assertThat(cases.find(eq("_id", DOCUMENTS - 1)).first()).isNull();
            assertThat(cases.find(eq("_id", 500)).first()).containsEntry("status", "new");
            // the _id index survived the crash along with the documents
            assertThatThrownBy(() -> cases.insertOne(new Document("_id", 500)))
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
        }
        assertThat(Files.size(file)).as("file size").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void answersPingAndHelloAndStopsCleanlyOnSigterm() throws Exception {
        startStore();
        try (MongoClient client = client()) {
            for (String database : List.of("admin", "infohus")) {
                MongoDatabase db = client.getDatabase(database);
                assertThat(db.runCommand(new Document("ping", 1))
                                .get("ok", Number.class)
                                .doubleValue())
                        .isEqualTo(1.0);
                Document hello = db.runCommand(new Document("hello", 1));
                assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
                assertThat(hello.getBoolean("helloOk")).isTrue();
                Document isMaster = db.runCommand(new Document("isMaster", 1));
                assertThat(hello.get("maxWireVersion")).isNotNull().isEqualTo(isMaster.get("maxWireVersion"));
                assertThat(hello.get("maxBsonObjectSize")).isNotNull().isEqualTo(isMaster.get("maxBsonObjectSize"));
                assertThat(hello.get("ok", Number.class).doubleValue()).isEqualTo(1.0);
            }
            cases(client).insertOne(new Document("_id", "before-sigterm"));
        }
        long started = System.nanoTime();
        int exitCode = store.stop(Duration.ofSeconds(20));
        assertThat(exitCode).as("exit code after SIGTERM").isIn(0, 143);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(Files.readString(log)).contains("completed shutdown");

        startStore();
        try (MongoClient client = client()) {
            assertThat(cases(client).find(eq("_id", "before-sigterm")).first()).isNotNull();
        }
    }

    private void startStore() throws Exception {
        store = MongoStore.childProcess(file, port, log).start();
        store.awaitPort(port, Duration.ofSeconds(30));
    }

    private MongoClient client() {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://localhost:" + port))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(5, TimeUnit.SECONDS))
                .writeConcern(WriteConcern.ACKNOWLEDGED)
                .build());
    }

    private static MongoCollection<Document> cases(MongoClient client) {
        return client.getDatabase("infohus").getCollection("cases").withWriteConcern(WriteConcern.ACKNOWLEDGED);
    }

    private static List<Integer> ids(MongoCollection<Document> cases) {
        List<Integer> ids = new ArrayList<>();
        for (Document document : cases.find().sort(Sorts.ascending("_id"))) {
            ids.add(document.getInteger("_id"));
        }
        return ids;
    }
}
