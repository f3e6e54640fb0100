package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.ui.export.ExportChooser;
import org.reeplanner.ui.export.ExportKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Export menu in the running window, with a stub in place of the native file dialogs. */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
    @TempDir
    Path dir;

    private final List<String> asked = new ArrayList<>();
    private final List<URI> opened = new ArrayList<>();
    private Path answer;
    private PlannerApp app;

    @Start
    void start(Stage stage) {
        ExportChooser stub = new ExportChooser() {
            @Override
            public Optional<Path> chooseFile(ExportKind kind, Path folder, String suggestedName) {
                asked.add(suggestedName);
                return Optional.ofNullable(answer);
            }

            @Override
            public Optional<Path> chooseFolder(ExportKind kind, Path folder, String suggestedName) {
                asked.add(suggestedName);
                return Optional.ofNullable(answer);
            }

            @Override
            public boolean confirmReplace(Path file) {
                return false;
            }
        };
        app = new PlannerApp(window -> stub);
        app.start(stage);
        app.viewModel().exports().setFolderOpener(opened::add);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
    }

    @Test
    void theExportMenuListsTheFourExportsWithCtrlEForTheWorkbook(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu export = bar.getMenus().stream().filter(m -> "menu-export".equals(m.getId())).findFirst().orElseThrow();

        assertThat(export.getText()).isEqualTo("E_xport");
        assertThat(export.getItems()).extracting(MenuItem::getId).containsExactly("action-export-workbook",
                "action-export-deck", "action-export-charts", "action-export-csv");
        assertThat(export.getItems().get(0).getAccelerator()).isEqualTo(KeyCombination.valueOf("Shortcut+E"));
        assertThat(export.getItems().get(1).getAccelerator()).isEqualTo(KeyCombination.valueOf("Shortcut+Shift+E"));
        assertThat(bar.getMenus()).extracting(Menu::getId).containsSubsequence("menu-edit", "menu-export",
                "menu-view");
    }

    @Test
    void ctrlEWritesAWorkbookThatPoiOpensAndSaysSoWithAnOpenFolderButton(FxRobot robot) throws Exception {
        answer = dir.resolve("report");
        assertThat(robot.lookup("#export-progress").tryQuery()).as("built when the first export starts").isEmpty();
        assertThat(robot.lookup("#export-notice-text").tryQuery()).as("built for the first notice").isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#export-notice").query().isVisible());

        assertThat(asked).containsExactly("seed-baseline-" + java.time.LocalDate.now() + ".xlsx");
        try (InputStream in = Files.newInputStream(dir.resolve("report.xlsx")); XSSFWorkbook book =
                new XSSFWorkbook(in)) {
            assertThat(book.getSheet("Summary")).isNotNull();
            assertThat(book.getSheet("Inputs")).isNotNull();
        }
        assertThat(robot.lookup("#export-notice-text").queryAs(Label.class).getText())
                .isEqualTo("Saved report.xlsx");
        assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText()).isEqualTo("Saved report.xlsx");
        assertThat(robot.lookup("#export-status").query().isVisible()).as("no progress once done").isFalse();
        assertThat(robot.lookup("#export-progress").tryQuery()).as("built for the export").isPresent();

        robot.clickOn("#export-open-folder");
        assertThat(opened).containsExactly(dir.toUri());
        robot.clickOn("#export-notice-close");
        assertThat(robot.lookup("#export-notice").query().isVisible()).isFalse();
    }

    @Test
    void aFailingExportShowsTheFileAndTheReasonAndLeavesNothingBehind(FxRobot robot) throws Exception {
        Path taken = Files.createDirectory(dir.resolve("taken.xlsx"));
        answer = taken;

        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup("#export-error").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Could not save taken.xlsx");
        assertThat(dialog.getContentText()).contains(taken.toString()).contains("folder")
                .doesNotContain("Exception").doesNotContain("\tat ");
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> !p.equals(dir))).containsExactly(taken);
        }
        assertThat(robot.lookup("#export-notice").query().isVisible()).isFalse();
        assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText()).isEqualTo("Not saved: taken.xlsx");
    }
}
