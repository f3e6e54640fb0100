package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.IsolatedConfigFolder;
import org.reeplanner.io.ConfigFolder;
import org.reeplanner.io.RecentFilesStore;
import org.reeplanner.io.Recovery;
import org.reeplanner.io.RecoveryFiles;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.files.ProblemRow;
import org.reeplanner.ui.scenarios.ScenarioDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The scenario-file side of the main window: undo and redo, a broken file, crash recovery, compare. */
@ExtendWith(ApplicationExtension.class)
class DocumentWindowTest {
    private static final ScenarioReader READER = new ScenarioReader(Shipped.DATA.focusAreas());
    private static final Scenario RECOVERED = Shipped.scenario("seed-baseline").withInvestment("processing", 4.5)
            .withName("Work before the crash");

    @TempDir
    static Path config;

    private Stage stage;
    private PlannerApp app;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(config, "config");
        System.setProperty(ConfigFolder.PROPERTY, folder.toString());
        prepare(folder);
        this.stage = stage;
        app = new PlannerApp();
        app.start(stage);
    }

    @AfterEach
    void restoreConfigFolder() {
        System.setProperty(ConfigFolder.PROPERTY, IsolatedConfigFolder.folder().toString());
    }

    /** What the config folder holds at start: a crash's leftover for the recovery test, a broken recent file. */
    private static void prepare(Path folder) throws Exception {
        RecoveryFiles crashed = new RecoveryFiles(folder, READER);
        crashed.write(new Recovery(RECOVERED, null, Instant.parse("2026-05-01T08:00:00Z")));
        Files.move(crashed.ownFile(), folder.resolve("recovery-2147483000.json"));
        crashed.deleteOwn();
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"formatVersion\": 1, \"name\": 7, "
                + "\"endYear\": 2070, \"levers\": {\"mining\": -1, \"gold\": 2}}");
        new RecentFilesStore(folder).save(List.of(broken));
    }

    private ScenarioDocument document() {
        return app.documents().document();
    }

    private DialogPane waitForDialog(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + id).tryQuery().isPresent());
        return robot.lookup("#" + id).queryAs(DialogPane.class);
    }

    private void answer(FxRobot robot, DialogPane dialog, String button) {
        Button b = (Button) dialog.getButtonTypes().stream().map(dialog::lookupButton)
                .filter(n -> ((Button) n).getText().equals(button)).findFirst().orElseThrow();
        robot.clickOn(b);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void declineRecovery(FxRobot robot) throws Exception {
        answer(robot, waitForDialog(robot, "recovery-dialog"), "Discard");
    }

    @Test
    void recoveryIsOfferedAfterACrashAndRestoresTheWorkAsUnsaved(FxRobot robot) throws Exception {
        DialogPane dialog = waitForDialog(robot, "recovery-dialog");
        assertThat(dialog.getContentText()).contains("Work before the crash").contains("never saved");

        answer(robot, dialog, "Restore");

        assertThat(document().scenario()).isEqualTo(RECOVERED);
        assertThat(stage.getTitle()).isEqualTo("Rare Earth Resilience Planner \u2014 *Work before the crash");
        assertThat(robot.lookup("#lever-processing-field").queryTextInputControl().getText()).isEqualTo("4.5");
    }

    @Test
    void aSliderDragIsOneStepThatUndoAndRedoTakeBackAndForth(FxRobot robot) throws Exception {
        declineRecovery(robot);
        Slider slider = robot.lookup("#lever-mining-slider").queryAs(Slider.class);
        double before = slider.getValue();
        Node thumb = slider.lookup(".thumb");

        robot.drag(thumb).moveBy(40, 0).moveBy(40, 0).moveBy(40, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = document().scenario().lever("mining").investmentUsdBn();
        assertThat(dragged).isGreaterThan(before + 0.5);
        assertThat(stage.getTitle()).contains("*Seed baseline");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().scenario().lever("mining").investmentUsdBn()).isEqualTo(before);
        assertThat(slider.getValue()).isEqualTo(before);
        assertThat(stage.getTitle()).isEqualTo("Rare Earth Resilience Planner \u2014 Seed baseline");
        assertThat(document().canUndoProperty().get()).as("the whole drag was one step").isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().scenario().lever("mining").investmentUsdBn()).isEqualTo(dragged);
    }

    @Test
    void typedAmountsTimingAndNameAreEachUndoneInTurn(FxRobot robot) throws Exception {
        declineRecovery(robot);
        robot.doubleClickOn("#lever-rnd-field").eraseText(6).write("2.5").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.F2);
        DialogPane rename = waitForDialog(robot, "describe-dialog");
        assertThat(rename.lookup("#describe-stale").isVisible()).as("the seed's description, levers changed")
                .isTrue();
        robot.clickOn(rename.lookup("#describe-name")).push(KeyCode.CONTROL, KeyCode.A).write("Renamed plan");
        robot.clickOn(rename.lookup("#describe-description")).push(KeyCode.CONTROL, KeyCode.A)
                .write("More R&D than the seed");
        assertThat(rename.lookup("#describe-stale").isVisible()).isFalse();
        answer(robot, rename, "OK");
        assertThat(stage.getTitle()).contains("*Renamed plan");
        assertThat(document().scenario().description()).isEqualTo("More R&D than the seed");
        assertThat(document().text().stale()).isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().scenario().name()).isEqualTo("Seed baseline");
        assertThat(document().scenario().lever("rnd").investmentUsdBn()).isEqualTo(2.5);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().scenario()).isEqualTo(Shipped.scenario("seed-baseline"));
        assertThat(robot.lookup("#lever-rnd-field").queryTextInputControl().getText()).isEqualTo("1.2");
    }

    @Test
    void openingABrokenFileListsEveryProblemAndKeepsTheCurrentScenario(FxRobot robot) throws Exception {
        declineRecovery(robot);
        robot.doubleClickOn("#lever-rnd-field").eraseText(6).write("2").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Scenario before = document().scenario();

        robot.clickOn("File").clickOn("Open recent");
        robot.clickOn((Node n) -> n instanceof Labeled l && l.getText() != null && l.getText().contains("broken.json"));
        answer(robot, waitForDialog(robot, "unsaved-dialog"), "Don't Save");
        DialogPane dialog = waitForDialog(robot, "problems-dialog");

        @SuppressWarnings("unchecked")
        TableView<ProblemRow> table = (TableView<ProblemRow>) dialog.lookup("#problems-table");
        assertThat(table.getItems()).extracting(ProblemRow::path).containsExactlyInAnyOrder("name", "endYear",
                "levers.mining", "levers.gold");
        assertThat(dialog.getHeaderText()).contains("broken.json").contains("4 problems");
        answer(robot, dialog, "OK");
        assertThat(document().scenario()).isEqualTo(before);
        assertThat(stage.getTitle()).isEqualTo("Rare Earth Resilience Planner \u2014 *Seed baseline");
    }

    @Test
    void compareFollowsTheLiveScenarioAndTheWindowsYearBesideAPinnedSnapshot(FxRobot robot) throws Exception {
        declineRecovery(robot);
        robot.clickOn("#tab-compare");
        robot.clickOn("#compare-pin-snapshot");
        var field = robot.lookup("#snapshot-dialog .text-field").queryTextInputControl();
        robot.interact(() -> field.setText("Seed as found"));
        robot.clickOn(field).type(KeyCode.ENTER);
        robot.clickOn("#compare-add-preset").clickOn("#compare-preset-accelerated-allied");

        LineChart<?, ?> chart = robot.lookup("#compare-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).extracting(s -> s.getName()).containsExactly("Current: Seed baseline",
                "Seed as found", "Accelerated allied");
        assertThat(robot.lookup(".compare-legend-entry").queryAll()).hasSize(3);
        assertThat(robot.lookup("#compare-diff-0-2").queryLabeled().getText()).endsWith("pp");
        String live = robot.lookup("#compare-cell-0-0").queryLabeled().getText();
        assertThat(robot.lookup("#compare-cell-0-1").queryLabeled().getText()).isEqualTo(live);

        robot.interact(() -> {
            app.viewModel().levers().lever("processing").setAmount(12);
            app.viewModel().cursor().moveTo(2038);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#compare-cell-0-0").queryLabeled().getText()).as("the live column follows")
                .isNotEqualTo(live);
        assertThat(robot.lookup("#compare-remove-0").tryQuery()).as("the live entry stays").isEmpty();
        assertThat(robot.lookup("#compare-table").query().lookupAll(".label")).anySatisfy(l ->
                assertThat(((Labeled) l).getText()).isEqualTo("KPI in 2038"));
    }
}
