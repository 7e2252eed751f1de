package dk.infohus.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The one rule set every service's {@code ArchitectureTest} runs, by extending this class with its base
 * package: a rule added here is checked in every service.
 */
public abstract class ServiceArchitectureTest {

    private final String basePackage;
    private final JavaClasses classes;

    protected ServiceArchitectureTest(String basePackage) {
        this.basePackage = basePackage;
        this.classes = DomainRules.classesOf(basePackage);
    }

    @Test
    void theDomainIsPlainJava() {
        DomainRules.domainIsPlainJava().check(classes);
    }

    @Test
    void theDomainTakesTimeFromAClock() {
        DomainRules.domainTakesTimeFromAClock().check(classes);
    }

    @Test
    void layersPointInwards() {
        BoundaryRules.layersPointInwards().check(classes);
    }

    @Test
    void featuresMeetOnlyThroughTheirApplicationApi() {
        BoundaryRules.featuresMeetThroughTheirApplicationApi(basePackage).check(classes);
    }

    @Test
    void contractsAndPlatformImportNoService() {
        BoundaryRules.sharedModulesImportNoService().check(BoundaryRules.sharedModules());
    }
}
