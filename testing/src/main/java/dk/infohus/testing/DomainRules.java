package dk.infohus.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/** Architecture rules every service checks with ArchUnit: the domain is plain Java. */
public final class DomainRules {

    private DomainRules() {}

    public static JavaClasses classesOf(String... packages) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages);
    }

    /** No Spring, Kafka, MongoDB, Jackson or servlet types in {@code ..domain..}. */
    public static ArchRule domainIsPlainJava() {
        return noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.apache.kafka..",
                        "com.mongodb..",
                        "org.bson..",
                        "tools.jackson..",
                        "com.fasterxml.jackson..",
                        "jakarta.servlet..",
                        "io.cloudevents..")
                .because("the domain is plain Java; plumbing stays at the edges");
    }

    /** The domain reads time from an injected Clock, never from the system. */
    public static ArchRule domainTakesTimeFromAClock() {
        return noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now")
                .because("time comes from an injected Clock");
    }
}
