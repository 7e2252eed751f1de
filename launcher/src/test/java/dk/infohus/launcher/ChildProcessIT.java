package dk.infohus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ChildProcess} with real child JVMs. */
class ChildProcessIT {

    @TempDir
    Path directory;

    @Test
    void redirectsOutputAndFailsFastWhenTheChildExitsBeforeItsPortOpens() throws Exception {
        Path log = directory.resolve("logs").resolve("exiting.log");
        ChildProcess child = ChildProcess.javaMain("exiting", ChildMains.Exiting.class)
                .systemProperty("child.test", "yes")
                .arguments("a", "b")
                .logFile(log)
                .start();

        assertThatThrownBy(() -> child.awaitPort(FreePorts.take(), Duration.ofSeconds(30)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exiting exited with code 3")
                .hasMessageContaining("args=a,b property=yes");
        assertThat(child.isAlive()).isFalse();
        assertThat(Files.readString(log)).contains("args=a,b property=yes").contains("to stderr");
    }

    @Test
    void stopsWithSigtermAndKillsWithSigkill() throws Exception {
        Path log = directory.resolve("waiting.log");
        ChildProcess stopped = ChildProcess.javaMain("waiting", ChildMains.Waiting.class)
                .logFile(log)
                .start();
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.readString(log).contains("waiting"));
        assertThatThrownBy(() -> stopped.awaitPort(FreePorts.take(), Duration.ofMillis(300)))
                .isInstanceOf(TimeoutException.class);
        assertThat(stopped.stop(Duration.ofSeconds(20))).isEqualTo(143);
        assertThat(Files.readString(log)).contains("shutdown hook ran");

        ChildProcess killed = ChildProcess.javaMain("waiting", ChildMains.Waiting.class)
                .logFile(log)
                .start();
        assertThat(killed.kill()).isEqualTo(137);
        assertThat(killed.isAlive()).isFalse();
    }
}
