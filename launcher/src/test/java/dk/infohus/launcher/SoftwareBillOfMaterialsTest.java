package dk.infohus.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every runnable jar carries a CycloneDX SBOM of its libraries (ASVS 5.0 V15.1.2), made by
 * cyclonedx-maven-plugin on every {@code package}; the launcher's tests run after every module is packaged.
 */
class SoftwareBillOfMaterialsTest {

    private static final String SBOM = "META-INF/sbom/application.cdx.json";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "intake-service",
                "screening-service",
                "assessment-service",
                "referral-service",
                "notification-service",
                "gateway",
                "identity-provider"
            })
    void theJarCarriesACycloneDxBillOfItsLibraries(String module) throws IOException {
        Path jar = jarOf(module);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(SBOM);
            assertThat(entry).as(SBOM + " in " + jar).isNotNull();
            JsonNode bom;
            try (InputStream in = zip.getInputStream(entry)) {
                bom = JsonMapper.builder().build().readTree(in);
            }
            assertThat(bom.get("bomFormat").asString()).isEqualTo("CycloneDX");
            assertThat(bom.get("metadata").get("component").get("name").asString())
                    .isEqualTo(module);
            List<String> libraries = bom.get("components")
                    .valueStream()
                    .map(component -> component.get("group").asString() + ":"
                            + component.get("name").asString() + ":"
                            + component.get("version").asString())
                    .toList();
            assertThat(libraries)
                    .as("the libraries in the jar, with their versions")
                    .anyMatch(library -> library.startsWith("org.springframework.boot:spring-boot:4."))
                    .allMatch(library -> !library.endsWith(":"));
            // every library in BOOT-INF/lib is in the bill, by its file name (artifact-version.jar)
            List<String> inTheBill = bom.get("components")
                    .valueStream()
                    .map(component -> component.get("name").asString() + "-"
                            + component.get("version").asString() + ".jar")
                    .toList();
            List<String> inTheJar = zip.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar"))
                    .map(name -> name.substring("BOOT-INF/lib/".length()))
                    // added by Spring Boot's repackaging for `java -Djarmode=tools`, not a dependency of the service
                    .filter(name -> !name.startsWith("spring-boot-jarmode-tools-"))
                    .toList();
            assertThat(inTheJar).isNotEmpty();
            assertThat(inTheBill).as("the bill of " + module).containsAll(inTheJar);
        }
    }

    private static Path jarOf(String module) throws IOException {
        Path target = Path.of("").toAbsolutePath().getParent().resolve(module).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().startsWith(module + "-"))
                    .filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .filter(file -> !file.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no jar of " + module + " in " + target));
        }
    }
}
