package dk.infohus.launcher.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * JDK Flight Recorder in a running child JVM, for the measured window only: started and stopped with
 * {@code jcmd <pid> JFR.start / JFR.stop} (the same recorder {@code -XX:StartFlightRecording} starts, with the
 * {@code profile} settings: an execution sample of every running Java thread every 10 ms), and the hot methods
 * read back from the file with {@code jdk.jfr.consumer}.
 */
public final class FlightRecordings {

    private static final String NAME = "infohus-benchmark";
    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private FlightRecordings() {}

    /** Starts a recording in the process; it runs until {@link #stop}. */
    public static void start(long pid) throws IOException, InterruptedException {
        jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile");
    }

    /** Stops the recording and writes it to {@code file}. */
    public static void stop(long pid, Path file) throws IOException, InterruptedException {
        jcmd(pid, "JFR.stop", "name=" + NAME, "filename=" + file.toAbsolutePath());
    }

    /**
     * What the execution samples of one recording say.
     *
     * @param samples execution samples in all (a sample is one running Java thread at one moment)
     * @param selfTime samples by the method on top of the stack, most first
     * @param outsideJdk samples by the topmost method outside the JDK ({@code java.}, {@code jdk.}, {@code sun.}):
     *     the library or service method whose work (its own or the JDK code it calls) the sample caught
     * @param inclusive samples in which a method of the given packages is anywhere on the stack, most first
     */
    public record HotMethods(
            long samples, Map<String, Long> selfTime, Map<String, Long> outsideJdk, Map<String, Long> inclusive) {}

    /** Reads the execution samples of a recording; {@code ours} are the package prefixes of the inclusive count. */
    public static HotMethods read(Path file, List<String> ours, int top) throws IOException {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> outsideJdk = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        long samples = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                self.merge(name(frames.get(0).getMethod()), 1L, Long::sum);
                frames.stream()
                        .map(frame -> name(frame.getMethod()))
                        .filter(method -> JDK.stream().noneMatch(method::startsWith))
                        .findFirst()
                        .ifPresent(method -> outsideJdk.merge(method, 1L, Long::sum));
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String method = name(frame.getMethod());
                    if (ours.stream().anyMatch(method::startsWith) && seen.add(method)) {
                        inclusive.merge(method, 1L, Long::sum);
                    }
                }
            }
        }
        return new HotMethods(samples, most(self, top), most(outsideJdk, top), most(inclusive, top));
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }

    private static Map<String, Long> most(Map<String, Long> counts, int top) {
        Map<String, Long> most = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(entry -> most.put(entry.getKey(), entry.getValue()));
        return most;
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> line = new java.util.ArrayList<>(
                List.of(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd", Long.toString(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || output.contains("Exception")) {
            throw new IOException(String.join(" ", line) + " failed: " + output.strip());
        }
    }
}
