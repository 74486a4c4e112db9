// SPDX-License-Identifier: Apache-2.0
package id.bingkai.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core is one pure library that the CLI, the editor, batch and kiosk all drive (STYLE.md point 1). */
class ArchitectureTest {
    private static final String[] KIOSK_ENGINE = {"id.bingkai.kiosk.config..", "id.bingkai.kiosk.source..",
        "id.bingkai.kiosk.session..", "id.bingkai.kiosk.server..", "id.bingkai.kiosk.handoff..",
        "id.bingkai.kiosk.print..", "id.bingkai.kiosk.usb..", "id.bingkai.kiosk.fault.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.bingkai");
    }

    @Test
    void coreImportsNoJavaFxAtAll() {
        noClasses().that().resideInAPackage("id.bingkai.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void coreDoesNotKnowItsFaces() {
        noClasses().that().resideInAPackage("id.bingkai.core..")
                .should().dependOnClassesThat().resideInAnyPackage("id.bingkai.app..", "id.bingkai.cli..",
                        "picocli..")
                .check(classes);
    }

    @Test
    void coreUsesNoSwingOrAwtWindows() {
        noClasses().that().resideInAPackage("id.bingkai.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.awt.Toolkit")
                .check(classes);
    }

    @Test
    void theCommandLineNeverTouchesJavaFx() {
        noClasses().that().resideInAPackage("id.bingkai.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "id.bingkai.app..")
                .check(classes);
    }

    /** The kiosk's engine (everything but its screens) is plain Java, testable and soakable without a toolkit. */
    @Test
    void theKioskEngineImportsNoJavaFx() {
        noClasses().that().resideInAnyPackage(KIOSK_ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..",
                        "id.bingkai.app..", "id.bingkai.cli..")
                .check(classes);
    }

    @Test
    void corePackagesFormNoCycles() {
        slices().matching("id.bingkai.core.(**)").should().beFreeOfCycles().check(classes);
    }
}
