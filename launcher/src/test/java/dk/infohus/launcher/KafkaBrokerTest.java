package dk.infohus.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    Path directory;

    @Test
    void formatsOnceAndKeepsTheClusterId() throws Exception {
        Path properties = KafkaBroker.prepare(directory, 19092, 19093, Map.of("log.retention.hours", "24"));
        Path metaProperties = directory.resolve(KafkaBroker.LOG_DIRECTORY).resolve("meta.properties");
        String clusterId =
                Files.readString(directory.resolve(KafkaBroker.CLUSTER_ID_FILE)).trim();
        assertThat(clusterId).hasSize(22);
        assertThat(Files.readString(metaProperties)).contains("cluster.id=" + clusterId);
        String formatted = Files.readString(metaProperties);

        KafkaBroker.prepare(directory, 19092, 19093, Map.of());

        assertThat(Files.readString(directory.resolve(KafkaBroker.CLUSTER_ID_FILE))
                        .trim())
                .isEqualTo(clusterId);
        assertThat(Files.readString(metaProperties)).isEqualTo(formatted);
        Properties written = load(properties);
        assertThat(written.getProperty("log.retention.hours")).isNull();
    }

    @Test
    void writesSingleNodeKraftSettings() throws Exception {
        Properties p = load(KafkaBroker.prepare(directory, 19092, 19093, Map.of("log.retention.hours", "24")));

        assertThat(p)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("controller.quorum.voters", "1@localhost:19093")
                .containsEntry("listeners", "PLAINTEXT://localhost:19092,CONTROLLER://localhost:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://localhost:19092")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("num.partitions", "3")
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("log.retention.hours", "24")
                .containsEntry(
                        "log.dirs",
                        directory
                                .toAbsolutePath()
                                .resolve(KafkaBroker.LOG_DIRECTORY)
                                .toString());
        assertThat(p.stringPropertyNames()).noneMatch(name -> name.startsWith("log.flush"));
    }

    private static Properties load(Path file) throws Exception {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
