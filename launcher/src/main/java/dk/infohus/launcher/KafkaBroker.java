package dk.infohus.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker from Kafka's own jars, in KRaft combined mode (broker and controller in one process,
 * node 1, a static single-voter quorum), set up for one node.
 *
 * <p>Run as a child JVM ({@link #childProcess}) or directly: {@code java -cp launcher.jar
 * dk.infohus.launcher.KafkaBroker [dataDir] [clientPort] [controllerPort] [name=value ...]} (defaults
 * {@code data/kafka}, 9092, 9093; trailing {@code name=value} arguments override broker settings).
 *
 * <p>The first start formats the storage with a new cluster id, kept in {@code <dataDir>/cluster.id}; later starts
 * reuse the data. SIGTERM shuts the broker down cleanly (Kafka's own shutdown hook).
 */
public final class KafkaBroker {

    public static final Path DEFAULT_DATA_DIRECTORY = Paths.get("data", "kafka");
    public static final int DEFAULT_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;

    /** The node id of the single broker and controller. */
    public static final int NODE_ID = 1;

    static final String CLUSTER_ID_FILE = "cluster.id";
    static final String SERVER_PROPERTIES_FILE = "server.properties";
    static final String LOG_DIRECTORY = "kraft-combined-logs";

    private KafkaBroker() {}

    public static void main(String[] args) throws IOException {
        Path dataDirectory = args.length > 0 ? Paths.get(args[0]) : DEFAULT_DATA_DIRECTORY;
        int port = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_PORT;
        int controllerPort = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_CONTROLLER_PORT;
        Map<String, String> overrides = new TreeMap<>();
        for (int i = 3; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("expected name=value, got " + args[i]);
            }
            overrides.put(args[i].substring(0, equals), args[i].substring(equals + 1));
        }

        Path serverProperties = prepare(dataDirectory, port, controllerPort, overrides);
        System.out.println("Starting Kafka broker on localhost:" + port + " (controller localhost:" + controllerPort
                + ", data " + dataDirectory.toAbsolutePath().normalize() + ")");
        // registers Kafka's shutdown hook (SIGTERM -> clean shutdown), blocks until the broker is shut down
        kafka.Kafka.main(new String[] {serverProperties.toString()});
    }

    /**
     * Writes {@code <dataDir>/server.properties} and, on the first start, formats the storage.
     *
     * @return the server.properties file
     */
    public static Path prepare(Path dataDirectory, int port, int controllerPort, Map<String, String> overrides)
            throws IOException {
        Path dataDir = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        Path serverProperties = dataDir.resolve(SERVER_PROPERTIES_FILE);
        Properties properties = serverProperties(dataDir, port, controllerPort);
        properties.putAll(overrides);
        writeAtomically(serverProperties, properties);
        format(serverProperties, clusterId(dataDir));
        return serverProperties;
    }

    /** The broker settings for one node with its data in {@code dataDir}. */
    public static Properties serverProperties(Path dataDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", Integer.toString(NODE_ID));
        p.setProperty("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.setProperty("log.dirs", dataDir.resolve(LOG_DIRECTORY).toString());

        // one node: every replication factor and in-sync minimum is 1
        p.setProperty("num.partitions", "3");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "10");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        // topics are created on purpose, not by a typo in a consumer
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // the default 128 MiB would take a good part of a small heap
        p.setProperty("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        return p;
    }

    /** The cluster id kept in {@code <dataDir>/cluster.id}, generated on the first call. */
    static String clusterId(Path dataDir) throws IOException {
        Path file = dataDir.resolve(CLUSTER_ID_FILE);
        if (Files.isRegularFile(file)) {
            String id = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!id.isEmpty()) {
                return id;
            }
        }
        String id = Uuid.randomUuid().toString();
        Path temporary = dataDir.resolve(CLUSTER_ID_FILE + ".tmp");
        Files.writeString(temporary, id + System.lineSeparator(), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return id;
    }

    /** Formats the log directory with Kafka's storage tool, unless it is formatted already. */
    static void format(Path serverProperties, String clusterId) {
        String[] args = {
            "format", "--cluster-id", clusterId, "--config", serverProperties.toString(), "--ignore-formatted"
        };
        int exitCode;
        try (PrintStream out = new PrintStream(nonClosing(System.out), true, StandardCharsets.UTF_8)) {
            // execute(...) returns an exit code where main(...) would call System.exit
            exitCode = kafka.tools.StorageTool.execute(args, out);
        } catch (RuntimeException e) {
            throw new IllegalStateException("formatting the Kafka storage failed: " + e.getMessage(), e);
        }
        if (exitCode != 0) {
            throw new IllegalStateException("formatting the Kafka storage failed with exit code " + exitCode);
        }
    }

    /**
     * A child JVM that runs this broker, with its output in {@code logFile}; start it and wait for {@code port}.
     */
    public static ChildProcess.Builder childProcess(Path dataDirectory, int port, int controllerPort, Path logFile) {
        return ChildProcess.javaMain("kafka", KafkaBroker.class)
                .jvmOptions("-Xms128m", "-Xmx512m")
                .arguments(
                        dataDirectory.toAbsolutePath().toString(),
                        Integer.toString(port),
                        Integer.toString(controllerPort))
                .logFile(logFile);
    }

    private static void writeAtomically(Path file, Properties properties) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            properties.store(out, "generated by " + KafkaBroker.class.getName() + " on every start; edits are lost");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }
        };
    }
}
