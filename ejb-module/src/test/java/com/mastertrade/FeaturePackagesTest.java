package com.mastertrade;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The features of the domain module are rooms with arrows one way: no two features depend on each other,
 * however indirectly, and the shared kernel depends on no feature.
 */
class FeaturePackagesTest {

    /** This module's compiled classes (the tests run in the module's folder). */
    private static final JavaClasses DOMAIN = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void featuresHaveNoCycles() {
        slices().matching("com.mastertrade.(*)..").should().beFreeOfCycles().check(DOMAIN);
    }

    @Test
    void theSharedKernelDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("com.mastertrade.shared..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("com.mastertrade..").and(not(resideInAPackage("com.mastertrade.shared.."))))
                .check(DOMAIN);
    }
}
