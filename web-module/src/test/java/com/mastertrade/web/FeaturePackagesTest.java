package com.mastertrade.web;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The web module's features (resources and pages by feature) do not depend on each other in a circle. */
class FeaturePackagesTest {

    /** This module's compiled classes (the tests run in the module's folder). */
    private static final JavaClasses WEB = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void featuresHaveNoCycles() {
        slices().matching("com.mastertrade.web.(*)..").should().beFreeOfCycles().check(WEB);
    }
}
