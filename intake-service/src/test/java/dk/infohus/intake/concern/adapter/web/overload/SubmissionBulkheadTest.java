package dk.infohus.intake.concern.adapter.web.overload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SubmissionBulkheadTest {

    private final SubmissionBulkhead bulkhead = new SubmissionBulkhead(2, Duration.ZERO, Duration.ofSeconds(5));

    @ParameterizedTest
    @ValueSource(strings = {"/api/concerns", "/offentlig/bekymring", "/indberetning/ny"})
    void aSubmissionBeyondWhatIsTakenInAtOnceIs503WithRetryAfterAtOnceAndTheNextOneIsTakenAgain(String path)
            throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<?> first = holding(path, release);
        CompletableFuture<?> second = holding(path, release);
        await().until(() -> bulkhead.bulkhead().getMetrics().getAvailableConcurrentCalls() == 0);

        MockHttpServletResponse third = send(path);

        assertThat(third.getStatus()).isEqualTo(503);
        assertThat(third.getHeader("Retry-After")).isEqualTo("5");

        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);
        assertThat(send(path).getStatus()).as("a place is free again").isEqualTo(200);
    }

    @Test
    void receiptsPagesAndEverythingButASubmissionGoOnWhenItIsFull() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<?> first = holding("/api/concerns", release);
        CompletableFuture<?> second = holding("/api/concerns", release);
        await().until(() -> bulkhead.bulkhead().getMetrics().getAvailableConcurrentCalls() == 0);

        assertThat(send("GET", "/offentlig/bekymring").getStatus()).isEqualTo(200);
        assertThat(send("GET", "/api/receipts/7K3M-Q9TX-2B4R").getStatus()).isEqualTo(200);
        assertThat(send("POST", "/api/concerns/x/attachments").getStatus()).isEqualTo(200);

        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);
    }

    /** A submission that holds its place until released. */
    private CompletableFuture<?> holding(String path, CountDownLatch release) {
        return CompletableFuture.runAsync(() -> {
            try {
                bulkhead.doFilter(
                        new MockHttpServletRequest("POST", path),
                        new MockHttpServletResponse(),
                        (request, response) -> {
                            try {
                                release.await(10, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private MockHttpServletResponse send(String path) throws Exception {
        return send("POST", path);
    }

    private MockHttpServletResponse send(String method, String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        bulkhead.doFilter(new MockHttpServletRequest(method, path), response, new MockFilterChain());
        return response;
    }
}
