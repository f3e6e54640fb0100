package org.reeplanner.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers point one way: model ← io ← ui and cli; the model stays pure Java. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reeplanner");
    }

    @Test
    void modelIsPureJavaWithoutToolkitJsonOfficeOrFileAccess() {
        noClasses().that().resideInAPackage("org.reeplanner.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..", "org.apache.poi..",
                        "picocli..", "java.io..", "java.nio.file..", "java.net..", "java.awt..", "javax.swing..",
                        "org.controlsfx..")
                .because("the model must run anywhere (CLI, tests, Monte Carlo workers) and be fast and pure")
                .check(classes);
    }

    @Test
    void modelDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("org.reeplanner.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reeplanner.io..", "org.reeplanner.ui..",
                        "org.reeplanner.cli..")
                .because("arrows point from io, ui and cli towards the model, never back")
                .check(classes);
    }

    @Test
    void ioDoesNotKnowTheUserInterfaceOrTheCommandLine() {
        noClasses().that().resideInAPackage("org.reeplanner.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reeplanner.ui..", "org.reeplanner.cli..",
                        "javafx.scene.control..", "javafx.stage..")
                .because("readers and writers serve both the window and the headless commands")
                .check(classes);
    }

    @Test
    void userInterfaceAndCommandLineDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("org.reeplanner.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reeplanner.ui..", "javafx..")
                .because("the CLI runs headless, without a display")
                .check(classes);
        noClasses().that().resideInAPackage("org.reeplanner.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reeplanner.cli..")
                .because("the window and the CLI are siblings sharing model and io")
                .check(classes);
    }

    @Test
    void theChartWidgetKnowsNoParticularChartTabOrStudy() {
        noClasses().that().resideInAPackage("org.reeplanner.ui.charts.plot..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reeplanner.ui.charts",
                        "org.reeplanner.ui.results..", "org.reeplanner.ui.analysis..")
                .because("ui.charts.plot draws any ChartViewModel; the charts, the result tabs and the studies use it")
                .check(classes);
    }

    @Test
    void chartsAndStudiesKnowNeitherEachOtherNorTheResultTabs() {
        noClasses().that().resideInAnyPackage("org.reeplanner.ui.charts..", "org.reeplanner.ui.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reeplanner.ui.results..")
                .because("ui.results is the shell that places charts and studies in tabs and windows")
                .check(classes);
        noClasses().that().resideInAPackage("org.reeplanner.ui.charts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reeplanner.ui.analysis..")
                .because("the result charts show one run; studies over many runs (ui.analysis) build on the widget")
                .check(classes);
        noClasses().that().resideInAPackage("org.reeplanner.ui.analysis..")
                .should().dependOnClassesThat().resideInAPackage("org.reeplanner.ui.charts")
                .because("a study's charts (fan, tornado, waterfall) need the widget, not another tab's charts")
                .check(classes);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("org.reeplanner.(**)").should().beFreeOfCycles()
                .because("cycles make layers meaningless")
                .check(classes);
    }
}
