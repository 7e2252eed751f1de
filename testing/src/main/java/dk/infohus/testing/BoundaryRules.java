package dk.infohus.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Optional;

/**
 * The module boundaries every service checks with ArchUnit, beside {@link DomainRules}: layers point
 * inwards, features meet only through their application API, and the shared modules know no service.
 *
 * <p>A service is laid out by feature ({@code dk.infohus.<service>.<feature>}), each feature with {@code
 * domain}, {@code application} and {@code adapter.*} packages; a feature's own root package holds its Spring
 * wiring ({@code @Configuration}), which may see everything of its feature.
 */
public final class BoundaryRules {

    private BoundaryRules() {}

    /**
     * Layers point inwards: adapters use the application and the domain, the application uses the domain,
     * the domain uses neither; nothing but a feature's wiring sees an adapter.
     */
    public static ArchRule layersPointInwards() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Domain")
                .definedBy("..domain..")
                .layer("Application")
                .definedBy("..application..")
                .layer("Adapters")
                .definedBy("..adapter..")
                .whereLayer("Adapters")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Application")
                .mayOnlyBeAccessedByLayers("Adapters")
                .whereLayer("Domain")
                .mayOnlyBeAccessedByLayers("Application", "Adapters")
                .because("adapters translate and use cases decide: the application never imports an adapter,"
                        + " the domain neither");
    }

    /**
     * A feature reaches another feature of its service only through that feature's application package
     * (its use cases, ports and the records they take and give), never its domain, adapters or wiring.
     *
     * @param basePackage the service's package, such as {@code dk.infohus.intake}
     */
    public static ArchRule featuresMeetThroughTheirApplicationApi(String basePackage) {
        return classes()
                .that()
                .resideInAPackage(basePackage + "..")
                .should(reachOtherFeaturesOnlyThroughTheirApplication(basePackage))
                .because("a feature's domain, adapters and wiring are its own; others use its application API");
    }

    /**
     * {@code contracts} knows nothing of Infohus but itself, {@code platform} nothing but itself and the
     * contracts: neither imports a service (nor anything else of Infohus built on them).
     */
    public static ArchRule sharedModulesImportNoService() {
        return CompositeArchRule.of(onlyInfohus("dk.infohus.contracts", "dk.infohus.contracts"))
                .and(onlyInfohus("dk.infohus.platform", "dk.infohus.platform", "dk.infohus.contracts"));
    }

    /** What every service's {@code ArchitectureTest} imports for the shared modules: both, from the classpath. */
    public static JavaClasses sharedModules() {
        return DomainRules.classesOf("dk.infohus.contracts", "dk.infohus.platform");
    }

    private static ArchRule onlyInfohus(String module, String... allowed) {
        return noClasses()
                .that()
                .resideInAPackage(module + "..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "are of Infohus outside " + String.join(" and ", allowed),
                        (JavaClass target) -> target.getPackageName().startsWith("dk.infohus.")
                                && Arrays.stream(allowed).noneMatch(pkg -> inPackage(target.getPackageName(), pkg))))
                .because("services build on contracts and platform, never the other way round");
    }

    private static ArchCondition<JavaClass> reachOtherFeaturesOnlyThroughTheirApplication(String basePackage) {
        return new ArchCondition<>("reach other features only through their application package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = featureOf(origin, basePackage);
                if (own.isEmpty()) {
                    return; // the service's own root (its main class) wires features together
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    Optional<String> theirs = featureOf(target, basePackage);
                    if (theirs.isEmpty() || theirs.equals(own)) {
                        continue;
                    }
                    String api = basePackage + "." + theirs.get() + ".application";
                    if (!inPackage(target.getPackageName(), api)) {
                        events.add(SimpleConditionEvent.violated(
                                dependency,
                                "feature " + own.get() + " reaches into feature " + theirs.get() + " past its"
                                        + " application API: " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The feature a class belongs to: the package segment after the service's own. */
    private static Optional<String> featureOf(JavaClass type, String basePackage) {
        String name = type.getPackageName();
        if (!name.startsWith(basePackage + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(basePackage.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static boolean inPackage(String name, String pkg) {
        return name.equals(pkg) || name.startsWith(pkg + ".");
    }
}
