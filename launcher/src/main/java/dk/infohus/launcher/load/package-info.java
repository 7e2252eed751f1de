/**
 * A small load generator for intake's public pages, and the benchmark that runs it against a stack of its
 * own: a fixed number of concurrent users, each with its own JDK {@code HttpClient} and cookies (one browser
 * each), view the concern form, send it and look up the status by receipt code, for a fixed time after a
 * warm-up. Client-side latencies are measured here; the server's own time is read from intake's
 * {@code /actuator/prometheus} ({@code http_server_requests_seconds}) before and after the measured window.
 *
 * <p>Run by {@code scripts/load-intake-pages.sh}; results in {@code docs/benchmarks/intake-pages.md}.
 * (jspecify is not on the launcher's compile class path, so this package carries no {@code @NullMarked}:
 * nothing in it returns or accepts null except where a comment says so.)
 */
package dk.infohus.launcher.load;
