package org.reeplanner.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ViewModelRulesTest {
    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.reeplanner.ui");

    @Test
    void viewModelsNeverTouchControlsOrWindows() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().resideInAPackage("org.reeplanner.ui.scenarios..")
                .or().haveSimpleNameStartingWith("Chart").and().haveSimpleNameNotEndingWith("Legend")
                .and().haveSimpleNameNotEndingWith("Styles")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models own state and are tested without a toolkit; only views touch nodes")
                .check(UI);
    }

    @Test
    void onlyViewModelsCallTheModel() {
        noClasses().that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Chart")
                .should().dependOnClassesThat().resideInAnyPackage("org.reeplanner.model..", "org.reeplanner.io..")
                .because("views only bind to view models")
                .check(UI);
    }
}
