package dk.infohus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link KafkaBroker} in a child JVM keeps acknowledged records across SIGKILL and a clean SIGTERM stop. */
class KafkaBrokerIT {

    private static final String TOPIC = "infohus.cases";
    private static final int PARTITIONS = 3;
    private static final int SIGKILL_EXIT_CODE = 128 + 9;

    @TempDir
    Path directory;

    private Path dataDirectory;
    private Path log;
    private int port;
    private int controllerPort;
    private ChildProcess broker;

    @AfterEach
    void tearDown() throws InterruptedException {
        if (broker != null) {
            broker.stop(Duration.ofSeconds(20));
        }
    }

    @Test
    void keepsAcknowledgedRecordsAcrossKillAndCleanStop() throws Exception {
        dataDirectory = directory.resolve("kafka");
        log = directory.resolve("logs").resolve("kafka.log");
        int[] ports = FreePorts.take(2);
        port = ports[0];
        controllerPort = ports[1];

        startBroker();
        String clusterId = Files.readString(dataDirectory.resolve(KafkaBroker.CLUSTER_ID_FILE))
                .trim();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
            assertThat(admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS))
                    .isEqualTo(clusterId);
        }
        Map<String, String> acknowledged = new LinkedHashMap<>(produce("first", 30));

        assertThat(broker.kill()).isEqualTo(SIGKILL_EXIT_CODE);

        startBroker();
        assertThat(consumeAll(acknowledged.size())).isEqualTo(acknowledged);
        acknowledged.putAll(produce("second", 10));

        long stopping = System.nanoTime();
        int exitCode = broker.stop(Duration.ofSeconds(30));
        Duration stopTime = Duration.ofNanos(System.nanoTime() - stopping);
        assertThat(exitCode).as("exit code after SIGTERM").isIn(0, 143);
        assertThat(stopTime).as("clean stop").isLessThan(Duration.ofSeconds(20));

        startBroker();
        assertThat(Files.readString(dataDirectory.resolve(KafkaBroker.CLUSTER_ID_FILE))
                        .trim())
                .isEqualTo(clusterId);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            assertThat(admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS))
                    .isEqualTo(clusterId);
            assertThat(admin.describeTopics(List.of(TOPIC))
                            .allTopicNames()
                            .get(10, TimeUnit.SECONDS)
                            .get(TOPIC)
                            .partitions())
                    .hasSize(PARTITIONS);
        }
        assertThat(consumeAll(acknowledged.size())).isEqualTo(acknowledged);
    }

    private void startBroker() throws Exception {
        broker = KafkaBroker.childProcess(dataDirectory, port, controllerPort, log)
                .start();
        broker.awaitPort(port, Duration.ofSeconds(60));
    }

    private String bootstrap() {
        return "localhost:" + port;
    }

    /** Sends {@code count} records with acks=all from an idempotent producer; returns those acknowledged. */
    private Map<String, String> produce(String prefix, int count) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        Map<String, String> acknowledged = new LinkedHashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < count; i++) {
                String key = prefix + "-" + i;
                String value = "case " + key;
                producer.send(new ProducerRecord<>(TOPIC, key, value)).get(30, TimeUnit.SECONDS);
                acknowledged.put(key, value);
            }
        }
        return acknowledged;
    }

    /** Reads every partition from the beginning (no consumer group) until {@code expected} records arrived. */
    private Map<String, String> consumeAll(int expected) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, String> received = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = IntStream.range(0, PARTITIONS)
                    .mapToObj(partition -> new TopicPartition(TOPIC, partition))
                    .collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(30))
                    .pollInSameThread()
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                            assertThat(received.put(record.key(), record.value()))
                                    .as("duplicate of " + record.key())
                                    .isNull();
                        }
                        return received.size() >= expected;
                    });
            // nothing beyond the acknowledged records either
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                received.put(record.key(), record.value());
            }
        }
        return received;
    }
}
