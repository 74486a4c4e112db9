// SPDX-License-Identifier: Apache-2.0
package id.bingkai.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
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
    private static final String APP = "id.bingkai.app..";
    private static final String CLI = "id.bingkai.cli..";
    private static final String KIOSK = "id.bingkai.kiosk..";
    private static final String WIRING = "id.bingkai.wiring..";
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
    void theEditorDoesNotLeanOnTheCommandLine() {
        noClasses().that().resideInAPackage(APP).should().dependOnClassesThat().resideInAPackage(CLI)
                .check(classes);
    }

    @Test
    void theCommandLineDoesNotLeanOnTheEditor() {
        noClasses().that().resideInAPackage(CLI).should().dependOnClassesThat().resideInAPackage(APP)
                .check(classes);
    }

    @Test
    void theKioskStandsBesideTheOtherFrontEnds() {
        noClasses().that().resideInAPackage(KIOSK).should().dependOnClassesThat().resideInAnyPackage(APP, CLI)
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAnyPackage(APP, CLI).should().dependOnClassesThat().resideInAPackage(KIOSK)
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void theWiringKnowsNoFrontEnd() {
        noClasses().that().resideInAPackage(WIRING).should().dependOnClassesThat()
                .resideInAnyPackage(APP, CLI, KIOSK, "javafx..", "picocli..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void coreDoesNotKnowTheWiring() {
        noClasses().that().resideInAPackage("id.bingkai.core..").should().dependOnClassesThat()
                .resideInAnyPackage(WIRING, KIOSK).check(classes);
    }

    /** A view model holds state and commands, never a control or a node: it is tested without a toolkit. */
    @Test
    void viewModelsUseOnlyPropertiesAndCollectionsFromJavaFx() {
        noClasses().that().haveNameMatching(".*ViewModel(\\$.*)?")
                .should().dependOnClassesThat(resideInAPackage("javafx..")
                        .and(not(resideInAnyPackage("javafx.beans..", "javafx.collections.."))))
                .orShould().dependOnClassesThat().resideInAnyPackage("com.sun.javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void corePackagesFormNoCycles() {
        slices().matching("id.bingkai.core.(**)").should().beFreeOfCycles().check(classes);
    }
}
