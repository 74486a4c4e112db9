// SPDX-License-Identifier: Apache-2.0
package id.bingkai.core.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** A batch renders hundreds of documents, possibly in parallel: nothing may be remembered in static state. */
class RenderArchitectureTest {
    private static final String[] PACKAGES = {"id.bingkai.core.render..", "id.bingkai.core.io.export.."};
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(PACKAGES);

    @Test
    void renderAndExportKeepNoMutableStaticState() {
        fields().that().areStatic().and().areDeclaredInClassesThat().resideInAnyPackage(PACKAGES)
                .should().beFinal().check(classes);
    }

    @Test
    void renderAndExportDoNotUseJavafx() {
        noClasses().that().resideInAnyPackage(PACKAGES).should().dependOnClassesThat()
                .resideInAnyPackage("javafx..").check(classes);
    }
}
