package dk.infohus.screening;

import com.tngtech.archunit.core.domain.JavaClasses;
import dk.infohus.testing.DomainRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = DomainRules.classesOf("dk.infohus.screening");

    @Test
    void theDomainIsPlainJava() {
        DomainRules.domainIsPlainJava().check(classes);
    }

    @Test
    void theDomainTakesTimeFromAClock() {
        DomainRules.domainTakesTimeFromAClock().check(classes);
    }
}
