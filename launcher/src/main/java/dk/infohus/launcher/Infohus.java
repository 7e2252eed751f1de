package dk.infohus.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the whole of Infohus on this machine: {@code java -jar launcher/target/launcher.jar} from the
 * repository root (the {@code ./infohus run} command builds and starts it). Data stays under
 * {@code ./data} between runs; Ctrl-C stops everything cleanly.
 */
public final class Infohus {

    private Infohus() {}

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(System.getProperty("infohus.repository", "."))
                .toAbsolutePath()
                .normalize();
        Path data = Path.of(
                System.getProperty("infohus.data", repository.resolve("data").toString()));
        long started = System.nanoTime();
        LocalStack stack = new LocalStack(repository, data, LocalStack.Ports.defaults());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println();
                            System.out.println("Stopper Infohus / stopping Infohus ...");
                            stack.close();
                            System.out.println("Stoppet / stopped. Data er bevaret i / data kept in " + data);
                            stopped.countDown();
                        },
                        "infohus-stop"));

        System.out.println(
                "Starter Infohus / starting Infohus (data: " + data + ", logs: " + data.resolve("logs") + ")");
        stack.start();
        Duration startup = Duration.ofNanos(System.nanoTime() - started);

        System.out.println();
        System.out.println("Infohus kører / is running:");
        if (stack.gatewayUrl().isPresent()) {
            System.out.printf(
                    Locale.ROOT,
                    "  %-22s %s (log ind her / sign in here; demobrugere i / demo users in README.md)%n",
                    LocalStack.GATEWAY,
                    stack.gatewayUrl().get());
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "  %-22s ikke bygget / not built (no gateway-*.jar in %s): not started%n",
                    LocalStack.GATEWAY,
                    stack.gatewayTarget());
        }
        System.out.printf(
                Locale.ROOT,
                "  %-22s %s (issuer; nøgle / signing key in %s)%n",
                LocalStack.IDENTITY_PROVIDER,
                stack.identityIssuer(),
                data.resolve("identity"));
        for (Service service : Service.values()) {
            System.out.printf(Locale.ROOT, "  %-22s %s%n", service.module(), stack.url(service));
        }
        System.out.printf(
                Locale.ROOT, "  %-22s %s (KRaft, data %s)%n", "kafka", stack.kafkaBootstrap(), data.resolve("kafka"));
        System.out.printf(Locale.ROOT, "  %-22s %s (data %s)%n", "mongodb", stack.mongoUri(), data.resolve("mongo"));
        System.out.println();
        long total = 0;
        StringBuilder memory = new StringBuilder();
        for (Map.Entry<String, Long> part : stack.pids().entrySet()) {
            long bytes = LocalStack.residentBytes(part.getValue());
            total += bytes;
            memory.append(
                    String.format(Locale.ROOT, "%s %d MB (pid %d), ", part.getKey(), bytes >> 20, part.getValue()));
        }
        System.out.printf(
                Locale.ROOT,
                "Startet på / started in %.1f s; hukommelse / memory (RSS): %d MB i alt / in all%n",
                startup.toMillis() / 1000.0,
                total >> 20);
        System.out.println("  " + memory.substring(0, Math.max(0, memory.length() - 2)));
        System.out.println("Stop med / stop with Ctrl-C.");
        stopped.await();
    }
}
