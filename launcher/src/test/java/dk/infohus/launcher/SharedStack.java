package dk.infohus.launcher;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One whole local stack (broker, store, identity provider, five services, front door) for every test class
 * of this JVM that asks for it: {@code @ExtendWith(SharedStack.class)} and a {@link LocalStack} parameter on
 * a {@code @BeforeAll} method. The first class to ask starts it; it lives in JUnit's root store and is
 * closed, data directory and all, when the whole test run ends, not when that class ends. Starting it once
 * saves a minute or more per class. The parts run from a copy of their packaged jars, taken at the start.
 *
 * <p>A class that kills a part ({@link LocalStack#kill}) must wait for it to be started again ({@link
 * LocalStack#awaitRestarted}) before it ends, so that the next class finds every part running.
 */
final class SharedStack implements ParameterResolver {

    private static final Logger log = LoggerFactory.getLogger(SharedStack.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedStack.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public LocalStack resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(Running.class, type -> Running.start(), Running.class)
                .stack();
    }

    /** The running stack and its data directory, both gone when JUnit closes the root store. */
    record Running(LocalStack stack, Path data) implements AutoCloseable {

        static Running start() {
            long started = System.nanoTime();
            try {
                Path data = Files.createTempDirectory("infohus-stack");
                int[] free = FreePorts.take(10);
                Map<Service, Integer> services = new EnumMap<>(Service.class);
                for (Service service : Service.values()) {
                    services.put(service, free[5 + service.ordinal()]);
                }
                Path repository = snapshotOfJars(Path.of("").toAbsolutePath().getParent(), data);
                LocalStack stack = new LocalStack(
                        repository, data, new LocalStack.Ports(free[0], free[1], free[2], free[3], free[4], services));
                try {
                    stack.start();
                } catch (Exception e) {
                    stack.close();
                    throw e;
                }
                log.info(
                        "Shared local stack started in {} s",
                        Duration.ofNanos(System.nanoTime() - started).toSeconds());
                return new Running(stack, data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (Exception e) {
                throw new IllegalStateException("the local stack did not start", e);
            }
        }

        /**
         * A copy of every part's packaged jar, laid out as in the repository ({@code <module>/target/*.jar}):
         * the stack runs from it, so that a rebuild of a module while the tests run cannot change a jar under a
         * running service. A jar caught half written is copied again.
         */
        static Path snapshotOfJars(Path repository, Path data) throws IOException, InterruptedException {
            Path snapshot = data.resolve("jars");
            List<String> modules = new ArrayList<>(List.of(LocalStack.IDENTITY_PROVIDER, LocalStack.GATEWAY));
            for (Service service : Service.values()) {
                modules.add(service.module());
            }
            for (String module : modules) {
                Path target = repository.resolve(module).resolve("target");
                if (!Files.isDirectory(target)) {
                    continue;
                }
                List<Path> jars;
                try (Stream<Path> files = Files.list(target)) {
                    jars = files.filter(file -> file.getFileName().toString().startsWith(module + "-")
                                    && file.getFileName().toString().endsWith(".jar"))
                            .toList();
                }
                for (Path jar : jars) {
                    Path copy = snapshot.resolve(module).resolve("target").resolve(jar.getFileName());
                    Files.createDirectories(copy.getParent());
                    await().atMost(Duration.ofMinutes(3))
                            .pollInterval(Duration.ofSeconds(2))
                            .ignoreExceptions()
                            .until(() -> {
                                Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
                                try (ZipFile whole = new ZipFile(copy.toFile())) {
                                    return whole.size() > 0;
                                }
                            });
                }
            }
            return snapshot;
        }

        @Override
        public void close() throws IOException {
            stack.close();
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
