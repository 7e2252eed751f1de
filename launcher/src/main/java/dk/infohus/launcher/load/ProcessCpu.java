package dk.infohus.launcher.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process has used, and the machine's load, from Linux's {@code /proc}: on a shared, noisy
 * machine the CPU a request costs is steadier than the time it takes. NaN where there is no {@code /proc}.
 */
public final class ProcessCpu {

    /** Linux's clock ticks a second ({@code getconf CLK_TCK}), 100 on every common architecture. */
    private static final double TICKS_PER_SECOND = 100;

    private ProcessCpu() {}

    /** User and system CPU time of the process since it started, in seconds (all its threads). */
    public static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // after "pid (command) ": state is field 3, utime field 14, stime field 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The machine's load average over the last minute: runnable threads of every process, others' builds too. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
