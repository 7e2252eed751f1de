package dk.infohus.launcher;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * A MongoDB-wire server (mongo-java-server) whose data lives in one H2 MVStore file and survives a crash of the
 * process: every acknowledged write is committed to the file before the reply is sent ({@link DurableH2Backend}).
 *
 * <p>Run as a child JVM ({@link #childProcess}) or directly: {@code java -cp launcher.jar
 * dk.infohus.launcher.MongoStore [file] [port]} (defaults {@code data/mongo/infohus.mv}, 27017). SIGTERM closes the
 * server, commits and closes the file. It can also run inside another JVM: {@link #start(Path, String, int)}.
 */
public final class MongoStore implements AutoCloseable {

    public static final Path DEFAULT_FILE = Paths.get("data", "mongo", "infohus.mv");
    public static final int DEFAULT_PORT = 27017;

    private final Path file;
    private final MongoServer server;
    private final InetSocketAddress address;
    private boolean closed;

    private MongoStore(Path file, MongoServer server, InetSocketAddress address) {
        this.file = file;
        this.server = server;
        this.address = address;
    }

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Paths.get(args[0]) : DEFAULT_FILE;
        int port = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_PORT;
        MongoStore store = start(file, "localhost", port);
        Runtime.getRuntime().addShutdownHook(new Thread(store::close, "mongo-store-shutdown"));
        System.out.println("MongoStore listening on " + store.connectionString() + " (data " + store.file() + ")");
        // netty's event loop threads keep the JVM running
    }

    /**
     * Opens (or creates) the file and listens on {@code host:port} (port 0: any free port, see {@link #address()}).
     */
    public static MongoStore start(Path file, String host, int port) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        DurableH2Backend backend = new DurableH2Backend(absolute);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return new MongoStore(absolute, server, server.getLocalAddress());
    }

    public Path file() {
        return file;
    }

    public InetSocketAddress address() {
        return address;
    }

    public int port() {
        return address.getPort();
    }

    /** {@code mongodb://host:port}. */
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    /** Stops listening, closes the clients, commits and closes the file. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.shutdownNow();
        }
    }

    /** A child JVM that runs this store, with its output in {@code logFile}; start it and wait for {@code port}. */
    public static ChildProcess.Builder childProcess(Path file, int port, Path logFile) {
        return ChildProcess.javaMain("mongo", MongoStore.class)
                .jvmOptions("-Xms64m", "-Xmx256m")
                .arguments(file.toAbsolutePath().toString(), Integer.toString(port))
                .logFile(logFile);
    }
}
