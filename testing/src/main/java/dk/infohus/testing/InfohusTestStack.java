package dk.infohus.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * One real Kafka broker and one MongoDB-wire server per test JVM, started on first use and shared by
 * every test and Spring context in that JVM. Where a Docker engine runs, Testcontainers' Kafka and
 * MongoDB images; otherwise spring-kafka-test's embedded KRaft broker and mongo-java-server.
 */
public final class InfohusTestStack {

    /** Same major line as the brokers in docker-compose.yml. */
    public static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

    public static final String MONGO_IMAGE = "mongo:8";

    private static volatile InfohusTestStack instance;

    private final String bootstrapServers;
    private final String mongoUri;
    private final String description;

    private InfohusTestStack(String bootstrapServers, String mongoUri, String description) {
        this.bootstrapServers = bootstrapServers;
        this.mongoUri = mongoUri;
        this.description = description;
    }

    public static InfohusTestStack get() {
        if (instance == null) {
            synchronized (InfohusTestStack.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    private static InfohusTestStack start() {
        if (!Boolean.getBoolean("infohus.test.embedded") && dockerAvailable()) {
            KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
            MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
            kafka.start();
            mongo.start();
            return new InfohusTestStack(
                    kafka.getBootstrapServers(),
                    mongo.getConnectionString(),
                    "Testcontainers " + KAFKA_IMAGE + ", " + MONGO_IMAGE);
        }
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperty("auto.create.topics.enable", "false");
        kafka.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            mongo.shutdownNow();
                            kafka.destroy();
                        },
                        "infohus-test-stack-stop"));
        return new InfohusTestStack(
                kafka.getBrokersAsString(),
                "mongodb://" + address.getHostString() + ":" + address.getPort(),
                "embedded KRaft broker, mongo-java-server");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String mongoUri() {
        return mongoUri;
    }

    @Override
    public String toString() {
        return description;
    }
}
