package dk.infohus.launcher.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A closed-loop load on intake's public pages: {@code users} simulated citizens, each a thread with its own
 * {@link HttpClient} and cookie store (so each is one browser with its own connections and, through the front
 * door, its own session), send one request after the other for {@code warmUp + measured}; only requests that
 * start and end inside the measured window are counted. Each step is chosen by weight:
 *
 * <ul>
 *   <li>view the form ({@code GET /offentlig/bekymring}) and keep its action and idempotency key;
 *   <li>send the form last viewed ({@code POST}, multipart, no ALTCHA solution): a receipt page with a code is a
 *       success; a user with no unsent form views one first (counted as a view);
 *   <li>look up the status of a receipt code some user got ({@code GET /offentlig/status?kode=}).
 * </ul>
 *
 * <p>A request is a success only when the answer is 200 and shows what a user needs next (the form, the receipt
 * code); everything else is counted as an error by status and is not among the latencies.
 */
public final class IntakePagesLoad {

    /**
     * @param base where the pages are: intake directly, or the front door
     * @param users concurrent simulated users
     * @param formWeight how often a user views the form, relative to the others
     * @param thinkTime pause between one answer and the next request of a user (zero: as fast as answered)
     */
    public record Settings(
            URI base,
            int users,
            Duration warmUp,
            Duration measured,
            int formWeight,
            int submissionWeight,
            int statusWeight,
            Duration thinkTime) {

        public Settings {
            if (users < 1) {
                throw new IllegalArgumentException("at least one user, not " + users);
            }
            if (measured.isZero() || measured.isNegative() || warmUp.isNegative()) {
                throw new IllegalArgumentException("the measured time must be positive and the warm-up not negative");
            }
            if (formWeight < 0
                    || submissionWeight < 0
                    || statusWeight < 0
                    || formWeight + submissionWeight + statusWeight == 0) {
                throw new IllegalArgumentException("weights are not negative and not all zero");
            }
        }

        public Settings withBase(URI other) {
            return new Settings(other, users, warmUp, measured, formWeight, submissionWeight, statusWeight, thinkTime);
        }
    }

    /** What the clients saw of one kind of request in the measured window. */
    public record ActionResult(Latencies latencies, Map<String, Long> errors) {

        public long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** What the clients saw in the measured window, by action. */
    public record Result(Settings settings, Duration measured, Map<Action, ActionResult> byAction) {

        /** Successful requests a second. */
        public double throughput(Action action) {
            return byAction.get(action).latencies().count() / (measured.toNanos() / 1e9);
        }

        public double totalThroughput() {
            return byAction.keySet().stream().mapToDouble(this::throughput).sum();
        }
    }

    /** Called at the start and the end of the measured window, e.g. to scrape the server's metrics. */
    public interface WindowListener {
        void windowStarts() throws IOException, InterruptedException;

        void windowEnds() throws IOException, InterruptedException;
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final Settings settings;
    private final ReceiptCodes codes = new ReceiptCodes(4096);
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;
    private volatile boolean stopping;

    public IntakePagesLoad(Settings settings) {
        this.settings = settings;
    }

    /** Runs the warm-up and the measured window, and returns when every user has stopped. */
    public Result run(WindowListener listener) throws IOException, InterruptedException {
        List<User> users = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(settings.users());
        for (int i = 0; i < settings.users(); i++) {
            User user = new User(i, done);
            users.add(user);
        }
        users.forEach(user -> user.thread.start());
        try {
            sleepUntil(System.nanoTime() + settings.warmUp().toNanos());
            listener.windowStarts();
            long start = System.nanoTime();
            windowStart = start;
            windowEnd = start + settings.measured().toNanos();
            sleepUntil(windowEnd);
            listener.windowEnds();
        } finally {
            stopping = true;
            if (!done.await(REQUEST_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
                users.forEach(user -> user.thread.interrupt());
            }
        }
        Map<Action, ActionResult> byAction = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            Latencies latencies = new Latencies();
            Map<String, Long> errors = new TreeMap<>();
            for (User user : users) {
                latencies.addAll(user.latencies.get(action));
                user.errors.get(action).forEach((status, count) -> errors.merge(status, count, Long::sum));
            }
            byAction.put(action, new ActionResult(latencies, errors));
        }
        return new Result(settings, settings.measured(), byAction);
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
        }
    }

    /** One simulated citizen: one browser, one request at a time. */
    private final class User implements Runnable {

        private final Thread thread;
        private final CountDownLatch done;
        private final HttpClient http;
        private final Random random = new Random(ThreadLocalRandom.current().nextLong());
        private final Map<Action, Latencies> latencies = new EnumMap<>(Action.class);
        private final Map<Action, Map<String, Long>> errors = new EnumMap<>(Action.class);
        private Pages.Form unsent;

        User(int number, CountDownLatch done) {
            this.done = done;
            this.thread = new Thread(this, "load-user-" + number);
            this.thread.setDaemon(true);
            this.http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            for (Action action : Action.values()) {
                latencies.put(action, new Latencies());
                errors.put(action, new TreeMap<>());
            }
        }

        @Override
        public void run() {
            try {
                while (!stopping) {
                    step(choose());
                    if (!settings.thinkTime().isZero()) {
                        TimeUnit.MILLISECONDS.sleep(settings.thinkTime().toMillis());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                done.countDown();
            }
        }

        private Action choose() {
            int total = settings.formWeight() + settings.submissionWeight() + settings.statusWeight();
            int pick = random.nextInt(total);
            Action action = pick < settings.formWeight()
                    ? Action.FORM_VIEW
                    : pick < settings.formWeight() + settings.submissionWeight() ? Action.SUBMISSION : Action.STATUS;
            if (action == Action.SUBMISSION && unsent == null) {
                return Action.FORM_VIEW;
            }
            if (action == Action.STATUS && codes.isEmpty()) {
                return unsent == null ? Action.FORM_VIEW : Action.SUBMISSION;
            }
            return action;
        }

        private void step(Action action) throws InterruptedException {
            HttpRequest request = switch (action) {
                case FORM_VIEW -> get(settings.base().resolve(Action.FORM_VIEW.uri()));
                case SUBMISSION -> submission(unsent);
                case STATUS ->
                    get(settings.base()
                            .resolve(Action.STATUS.uri() + "?kode="
                                    + URLEncoder.encode(codes.any(random), StandardCharsets.UTF_8)));
            };
            if (action == Action.SUBMISSION) {
                unsent = null;
            }
            long started = System.nanoTime();
            String outcome;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                outcome = check(action, response);
            } catch (IOException e) {
                outcome = e.getClass().getSimpleName();
            }
            long ended = System.nanoTime();
            if (started >= windowStart && ended <= windowEnd) {
                if (outcome == null) {
                    latencies.get(action).add(ended - started);
                } else {
                    errors.get(action).merge(outcome, 1L, Long::sum);
                }
            }
        }

        /** Null when the answer is what a user needs next; else what was wrong, for the error count. */
        private String check(Action action, HttpResponse<String> response) {
            if (response.statusCode() != 200) {
                return Integer.toString(response.statusCode());
            }
            switch (action) {
                case FORM_VIEW -> {
                    Optional<Pages.Form> form = Pages.form(response.body());
                    if (form.isEmpty()) {
                        return "200 without form";
                    }
                    unsent = form.get();
                }
                case SUBMISSION -> {
                    Optional<String> code = Pages.receiptCode(response.body());
                    if (code.isEmpty()) {
                        return "200 without receipt code";
                    }
                    codes.add(code.get());
                }
                case STATUS -> {
                    // 200 is the status page with the concern's status; an unknown code would be 404
                }
            }
            return null;
        }

        private HttpRequest get(URI uri) {
            return HttpRequest.newBuilder(uri)
                    .timeout(REQUEST_TIMEOUT)
                    .header("Accept", "text/html")
                    .GET()
                    .build();
        }

        private HttpRequest submission(Pages.Form form) {
            Pages.Multipart body = Pages.citizenConcern(form.idempotencyKey(), random);
            return HttpRequest.newBuilder(settings.base().resolve(form.action()))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Accept", "text/html")
                    .header("Content-Type", body.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.body()))
                    .build();
        }
    }

    /** The last receipt codes any user got, for status lookups by everyone: a fixed ring, no locks. */
    static final class ReceiptCodes {

        private final AtomicReferenceArray<String> ring;
        private final AtomicLong added = new AtomicLong();

        ReceiptCodes(int capacity) {
            this.ring = new AtomicReferenceArray<>(capacity);
        }

        void add(String code) {
            ring.set((int) (added.getAndIncrement() % ring.length()), code);
        }

        boolean isEmpty() {
            return added.get() == 0;
        }

        String any(Random random) {
            int filled = (int) Math.min(added.get(), ring.length());
            int slot = random.nextInt(filled);
            String code;
            while ((code = ring.get(slot)) == null) {
                // counted but not yet stored by the user who got it: it is a moment away
                Thread.onSpinWait();
            }
            return code;
        }
    }
}
