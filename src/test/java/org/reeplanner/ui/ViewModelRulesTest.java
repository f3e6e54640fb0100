package org.reeplanner.ui;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Views and view models stay apart, and a class's name says which it is: {@code *ViewModel}, and the rows and tables
 * a view model hands its view ({@code *Row}, {@code *Table} that are no nodes), own state without a toolkit;
 * {@code *View}, {@code *Chart}, {@code *Dialog}, {@code *Panel}, and rows and tables that are nodes, bind to them.
 */
class ViewModelRulesTest {
    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.reeplanner.ui");

    /** A JavaFX node or dialog: something on screen. */
    private static final DescribedPredicate<JavaClass> ON_SCREEN = assignableTo("javafx.scene.Node")
            .or(assignableTo("javafx.scene.control.Dialog")).as("nodes or dialogs");

    /**
     * Rows and tables, named for what they hold: a view model's data when no node, a view when a node. Top-level
     * classes only: a row class nested in a view is part of that view.
     */
    private static final DescribedPredicate<JavaClass> ROW_OR_TABLE = simpleNameEndingWith("Row")
            .or(simpleNameEndingWith("Table")).and(DescribedPredicate.describe("top-level", JavaClass::isTopLevelClass))
            .as("rows or tables");

    @Test
    void viewModelsNeverTouchControlsOrWindows() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().resideInAPackage("org.reeplanner.ui.scenarios..")
                .or(ROW_OR_TABLE.and(DescribedPredicate.not(ON_SCREEN)))
                .or().haveSimpleNameStartingWith("Chart").and().haveSimpleNameNotEndingWith("Legend")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models own state and are tested without a toolkit; only views touch nodes")
                .check(UI);
    }

    @Test
    void onlyViewModelsCallTheModel() {
        noClasses().that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Chart")
                .or().haveSimpleNameEndingWith("Dialog").or().haveSimpleNameEndingWith("Panel")
                .or(ROW_OR_TABLE.and(ON_SCREEN))
                .should().dependOnClassesThat().resideInAnyPackage("org.reeplanner.model..", "org.reeplanner.io..")
                .because("views only bind to view models")
                .check(UI);
    }
}
