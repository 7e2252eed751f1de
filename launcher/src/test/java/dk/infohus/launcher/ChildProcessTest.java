package dk.infohus.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChildProcessTest {

    @Test
    void buildsAJavaCommandWithTheOwnAbsoluteClassPath() {
        var command = ChildProcess.javaMain("kafka", KafkaBroker.class)
                .jvmOptions("-Xmx64m")
                .arguments("x", "1")
                .command();

        assertThat(command.get(0)).endsWith(File.separator + "java");
        assertThat(command).containsSubsequence("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx64m", "-cp");
        assertThat(command).endsWith(KafkaBroker.class.getName(), "x", "1");
        String classPath = command.get(command.indexOf("-cp") + 1);
        assertThat(Arrays.stream(classPath.split(File.pathSeparator)).map(Paths::get))
                .isNotEmpty()
                .allMatch(Path::isAbsolute);
    }

    @Test
    void buildsAJavaJarCommand() {
        var command = ChildProcess.javaJar("intake", Paths.get("services", "intake.jar"))
                .noDefaultJvmOptions()
                .systemProperty("server.port", "8081")
                .command();

        assertThat(command).hasSize(4);
        assertThat(command.get(1)).isEqualTo("-Dserver.port=8081");
        assertThat(command.get(2)).isEqualTo("-jar");
        Path jar = Paths.get(command.get(3));
        assertThat(jar.isAbsolute()).isTrue();
        assertThat(jar.endsWith(Paths.get("services", "intake.jar"))).isTrue();
    }
}
