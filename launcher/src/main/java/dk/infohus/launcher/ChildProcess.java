package dk.infohus.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A child JVM started by the launcher: either a main class of this module on the launcher's own class path
 * ({@link #javaMain}) or a fat jar ({@link #javaJar}). Its stdout and stderr are appended to one log file.
 *
 * <p>{@link #stop(Duration)} is the graceful way out (SIGTERM, then SIGKILL after the grace period); {@link #kill()}
 * is SIGKILL at once, for crash tests.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Path SETSID = Paths.get("/usr/bin/setsid");

    /** The grace period {@link #close()} gives the child before it is killed. */
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);

    /** JVM options that trade peak performance for a fast start and a small footprint. */
    public static final List<String> FAST_START_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final String name;
    private final Process process;
    private final Path logFile;
    private final List<String> command;

    private ChildProcess(String name, Process process, Path logFile, List<String> command) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.command = command;
    }

    /**
     * A child JVM that runs {@code mainClass} with the launcher's own class path ({@code java.class.path}, each entry
     * made absolute, so a manifest class path such as the launcher jar's {@code lib/} still resolves).
     */
    public static Builder javaMain(String name, Class<?> mainClass) {
        return javaMain(name, mainClass.getName());
    }

    /** Like {@link #javaMain(String, Class)}, with the main class by name. */
    public static Builder javaMain(String name, String mainClassName) {
        return new Builder(name, List.of("-cp", currentClassPath(), mainClassName));
    }

    /** A child JVM that runs {@code java -jar jar} (e.g. a Spring Boot fat jar). */
    public static Builder javaJar(String name, Path jar) {
        return new Builder(name, List.of("-jar", jar.toAbsolutePath().toString()));
    }

    /** The class path of this JVM, with every entry made absolute. */
    public static String currentClassPath() {
        String classPath = System.getProperty("java.class.path", "");
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Paths.get(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** The {@code java} executable of the running JVM. */
    public static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Whether something accepts TCP connections on {@code host:port} (within 500 ms). */
    public static boolean isPortOpen(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether nothing accepts TCP connections on {@code host:port}. */
    public static boolean isPortFree(String host, int port) {
        return !isPortOpen(host, port);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Process process() {
        return process;
    }

    public Path logFile() {
        return logFile;
    }

    /** The full command line (java executable, JVM options, main class or jar, arguments). */
    public List<String> command() {
        return command;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits until {@code host:port} accepts TCP connections.
     *
     * @throws IllegalStateException if the child exits first
     * @throws TimeoutException if the port is not open within {@code timeout} (the child is left running)
     */
    public ChildProcess awaitPort(String host, int port, Duration timeout)
            throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pauseMillis = 50;
        while (true) {
            if (isPortOpen(host, port)) {
                return this;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + " before " + host
                        + ":" + port + " accepted connections; see " + logFile + tail());
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new TimeoutException(name + " did not accept connections on " + host + ":" + port + " within "
                        + timeout + "; see " + logFile + tail());
            }
            // waits on the process, not a plain sleep: returns at once if the child dies
            process.waitFor(Math.min(pauseMillis, TimeUnit.NANOSECONDS.toMillis(remaining) + 1), TimeUnit.MILLISECONDS);
            pauseMillis = Math.min(pauseMillis * 2, 250);
        }
    }

    /** {@link #awaitPort(String, int, Duration)} on {@code localhost}. */
    public ChildProcess awaitPort(int port, Duration timeout) throws TimeoutException, InterruptedException {
        return awaitPort("localhost", port, timeout);
    }

    /**
     * Graceful stop: SIGTERM, wait up to {@code timeout} for the child to exit, then SIGKILL.
     *
     * @return the exit code (143 is the usual code of a JVM that exited on SIGTERM)
     */
    public int stop(Duration timeout) throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                System.err.println(name + " did not stop within " + timeout + ", killing it");
                process.destroyForcibly();
                process.waitFor();
            }
        }
        return process.exitValue();
    }

    /** SIGKILL at once (no shutdown hooks run in the child), and waits for the child to be gone. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /**
     * Waits up to {@code timeout} for the child to exit by itself.
     *
     * @return whether it exited
     */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** {@link #stop(Duration)} with {@link #DEFAULT_STOP_TIMEOUT}. */
    @Override
    public void close() throws InterruptedException {
        stop(DEFAULT_STOP_TIMEOUT);
    }

    /** The last lines of the log file, for error messages. */
    public String tail() {
        try {
            if (!Files.isRegularFile(logFile)) {
                return "";
            }
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            int from = Math.max(0, lines.size() - 20);
            return System.lineSeparator() + "--- last lines of " + logFile + " ---" + System.lineSeparator()
                    + String.join(System.lineSeparator(), lines.subList(from, lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    @Override
    public String toString() {
        return name + "[pid " + (process.isAlive() ? process.pid() + "" : process.pid() + ", exited") + "]";
    }

    /** Describes a child JVM; {@link #start()} launches it. */
    public static final class Builder {

        private final String name;
        private final List<String> target;
        private final List<String> jvmOptions = new ArrayList<>(FAST_START_JVM_OPTIONS);
        private final List<String> arguments = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Path logFile;
        private Path workingDirectory;

        private Builder(String name, List<String> target) {
            this.name = Objects.requireNonNull(name, "name");
            this.target = target;
            this.logFile = Paths.get("data", "logs", name + ".log");
        }

        /** Adds JVM options (e.g. {@code -Xmx256m}); {@link #FAST_START_JVM_OPTIONS} are there by default. */
        public Builder jvmOptions(String... options) {
            jvmOptions.addAll(Arrays.asList(options));
            return this;
        }

        /** Removes the default {@link #FAST_START_JVM_OPTIONS}. */
        public Builder noDefaultJvmOptions() {
            jvmOptions.removeAll(FAST_START_JVM_OPTIONS);
            return this;
        }

        /** Adds {@code -Dkey=value}. */
        public Builder systemProperty(String key, String value) {
            jvmOptions.add("-D" + key + "=" + value);
            return this;
        }

        /** Adds program arguments (after the main class or jar). */
        public Builder arguments(String... args) {
            arguments.addAll(Arrays.asList(args));
            return this;
        }

        /** Sets an environment variable of the child (it inherits the launcher's environment besides). */
        public Builder environment(String key, String value) {
            environment.put(key, value);
            return this;
        }

        /** Where stdout and stderr go (appended); default {@code data/logs/<name>.log}. */
        public Builder logFile(Path file) {
            this.logFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /** The child's working directory; default the launcher's. */
        public Builder workingDirectory(Path directory) {
            this.workingDirectory = directory;
            return this;
        }

        /** The full command line that {@link #start()} runs. */
        public List<String> command() {
            List<String> command = new ArrayList<>();
            command.add(javaExecutable());
            command.addAll(jvmOptions);
            command.addAll(target);
            command.addAll(arguments);
            return command;
        }

        /**
         * The command in a session of its own where {@code setsid} exists (util-linux, on every Debian), so
         * that Ctrl-C in the terminal reaches only the launcher, which then stops the parts in order:
         * services first, then the broker, then the store. {@code setsid} replaces itself with the command,
         * so the process id is the child's own.
         */
        private static List<String> inOwnSession(List<String> command) {
            if (!Files.isExecutable(SETSID)) {
                return command;
            }
            List<String> detached = new ArrayList<>();
            detached.add(SETSID.toString());
            detached.addAll(command);
            return detached;
        }

        public ChildProcess start() throws IOException {
            List<String> command = command();
            Path log = logFile.toAbsolutePath();
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(inOwnSession(command))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            if (workingDirectory != null) {
                builder.directory(workingDirectory.toFile());
            }
            builder.environment().putAll(environment);
            Process process = builder.start();
            // the child gets no stdin: close our end so it sees EOF instead of blocking
            process.getOutputStream().close();
            return new ChildProcess(name, process, log, List.copyOf(command));
        }
    }
}
