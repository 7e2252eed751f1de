package dk.infohus.launcher.load;

import java.util.Arrays;

/**
 * Latencies of one kind of request, in nanoseconds, with percentiles by sorting (nearest rank). A run records
 * some tens of thousands of values, so sorting them once at the end is cheap and exact; HdrHistogram is only
 * on the launcher's runtime class path (through Kafka), not its compile class path. Not thread-safe: each
 * simulated user keeps its own and they are merged at the end.
 */
public final class Latencies {

    private long[] values = new long[1024];
    private int size;
    private boolean sorted = true;

    public void add(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a latency cannot be negative: " + nanos);
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
        sorted = false;
    }

    public void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    public int count() {
        return size;
    }

    /**
     * The nearest-rank percentile: the smallest recorded value such that at least {@code quantile} of all values
     * are at most it.
     *
     * @param quantile in (0, 1]
     * @throws IllegalStateException when nothing was recorded
     */
    public long percentile(double quantile) {
        if (!(quantile > 0 && quantile <= 1)) {
            throw new IllegalArgumentException("a quantile is in (0, 1], not " + quantile);
        }
        if (size == 0) {
            throw new IllegalStateException("no latencies recorded");
        }
        sort();
        int rank = (int) Math.ceil(quantile * size);
        return values[Math.max(rank, 1) - 1];
    }

    public long max() {
        return percentile(1.0);
    }

    public double meanNanos() {
        if (size == 0) {
            throw new IllegalStateException("no latencies recorded");
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum / size;
    }

    private void sort() {
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
    }
}
