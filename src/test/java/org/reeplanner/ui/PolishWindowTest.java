package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.IsolatedConfigFolder;
import org.reeplanner.io.ConfigFolder;
import org.reeplanner.model.Param;
import org.reeplanner.ui.assumptions.AssumptionRowViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode, themes, the assumptions editor and the chart window in the real main window. */
@ExtendWith(ApplicationExtension.class)
class PolishWindowTest {
    @TempDir
    static Path config;

    private Stage stage;
    private PlannerApp app;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory(config, "config");
        Files.writeString(folder.resolve("preferences.json"), "{\"formatVersion\": 1, \"pinnedLevers\": [\"rnd\"]}");
        System.setProperty(ConfigFolder.PROPERTY, folder.toString());
        this.stage = stage;
        app = new PlannerApp();
        app.start(stage);
    }

    @AfterEach
    void restoreConfigFolder() {
        System.setProperty(ConfigFolder.PROPERTY, IsolatedConfigFolder.folder().toString());
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void f11PresentsFullScreenWithLargeTypeAndOnlyPinnedLeversAndEscapeLeaves(FxRobot robot) {
        double normalType = robot.lookup("#kpi-share-china-separation-value").queryAs(Label.class).getFont().getSize();

        robot.push(KeyCode.F11);
        settle();

        assertThat(stage.isFullScreen()).isTrue();
        assertThat(robot.lookup("#main-view").query().getStyleClass()).contains("presentation");
        assertThat(shown(robot, "#menu-bar")).isFalse();
        assertThat(shown(robot, "#status-bar")).isFalse();
        assertThat(shown(robot, "#results-note")).isFalse();
        assertThat(shown(robot, "#narrative")).as("the paragraph gives the charts its room").isFalse();
        assertThat(shown(robot, "#lever-rnd-slider")).as("pinned").isTrue();
        assertThat(shown(robot, "#lever-mining-slider")).as("not pinned").isFalse();
        assertThat(shown(robot, "#lever-rnd-timing")).as("editing extras").isFalse();
        assertThat(robot.lookup("#kpi-share-china-separation-value").queryAs(Label.class).getFont().getSize())
                .as("larger, in a compact strip that leaves the chart its room").isGreaterThan(normalType * 1.15);
        assertThat(robot.lookup("#kpi-cards").query().getPseudoClassStates()).anyMatch(p ->
                p.getPseudoClassName().equals("compact"));
        assertThat(robot.lookup("#chart-supply-panel").query().getLayoutBounds().getHeight())
                .isGreaterThanOrEqualTo(stage.getHeight() * 0.6);

        robot.push(KeyCode.ESCAPE);
        settle();

        assertThat(stage.isFullScreen()).isFalse();
        assertThat(robot.lookup("#main-view").query().getStyleClass()).doesNotContain("presentation");
        assertThat(shown(robot, "#menu-bar")).isTrue();
        assertThat(shown(robot, "#lever-mining-slider")).isTrue();
        assertThat(shown(robot, "#status-bar")).isTrue();
        assertThat(shown(robot, "#narrative")).isTrue();
    }

    /** Whether the node and all its parents are visible. */
    private static boolean shown(FxRobot robot, String query) {
        for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void shortcutJumpsFromTheLeversToTheShownChart(FxRobot robot) {
        robot.clickOn("#lever-mining-field");
        robot.push(KeyCode.CONTROL, KeyCode.J);
        settle();

        assertThat(stage.getScene().getFocusOwner()).isSameAs(robot.lookup("#chart-supply").query());
    }

    @Test
    void theStatusBarKeepsTwoMessagesApart(FxRobot robot) {
        robot.interact(() -> app.viewModel().showNotice("Saved series.csv"));
        settle();

        Node status = robot.lookup("#status-text").query();
        Node notice = robot.lookup("#status-notice").query();
        assertThat(notice.localToScene(notice.getBoundsInLocal()).getMinX())
                .isGreaterThan(status.localToScene(status.getBoundsInLocal()).getMaxX() + 8);
        assertThat(robot.lookup("#status-bar .separator").query().isVisible()).isTrue();
    }

    @Test
    void aThemeChoiceRestylesTheWindowAndIsRemembered(FxRobot robot) throws Exception {
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-light.css"));

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT2);
        settle();

        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-dark.css"))
                .noneMatch(s -> s.endsWith("theme-light.css"));
        Node plot = robot.lookup("#chart-supply .chart-plot-background").query();
        assertThat(plot).isNotNull();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.readString(folder.resolve("preferences.json"))
                .contains("\"theme\": \"dark\""));

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT3);
        settle();
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-high-contrast.css"));
    }

    @Test
    void everyMenuCommandHasItsOwnKeyboardShortcut(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        List<MenuItem> commands = new ArrayList<>();
        bar.getMenus().forEach(m -> collect(m, commands));
        assertThat(commands).hasSizeGreaterThan(30);
        assertThat(commands).allSatisfy(item -> assertThat(item.getAccelerator()).as(item.getId()).isNotNull());
        assertThat(commands.stream().map(item -> item.getAccelerator().getName()).distinct().count())
                .as("no two commands share a shortcut").isEqualTo(commands.size());
    }

    /** The commands under {@code menu}, leaving out submenus themselves and the recent files (numbered instead). */
    private static void collect(Menu menu, List<MenuItem> commands) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                if (!"menu-recent".equals(sub.getId())) {
                    collect(sub, commands);
                }
            } else if (!(item instanceof SeparatorMenuItem)) {
                commands.add(item);
            }
        }
    }

    @Test
    void anAssumptionEditedInItsTabChangesTheResultsAndUndoTakesItBack(FxRobot robot) {
        String before = robot.lookup("#kpi-share-china-separation-value").queryAs(Label.class).getText();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        settle();
        @SuppressWarnings("unchecked")
        TableView<AssumptionRowViewModel> table = robot.lookup("#assumptions-table").queryAs(TableView.class);
        int row = table.getItems().indexOf(app.viewModel().assumptions().row(Param.CHINA_SEPARATION_GROWTH));
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
        robot.push(KeyCode.ENTER);
        settle();
        robot.lookup("#assumption-editor").queryTextInputControl();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("0").push(KeyCode.ENTER);
        settle();

        String after = robot.lookup("#kpi-share-china-separation-value").queryAs(Label.class).getText();
        assertThat(after).isNotEqualTo(before);
        assertThat(robot.lookup("#assumptions-badge").queryButton().getText()).isEqualTo("Assumptions changed (1)");
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText()).endsWith("assumptions: changed (1)");
        assertThat(stage.getTitle()).contains("*Seed baseline");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        settle();

        assertThat(robot.lookup("#kpi-share-china-separation-value").queryAs(Label.class).getText()).isEqualTo(before);
        assertThat(robot.lookup("#assumptions-badge").query().isVisible()).isFalse();
        assertThat(app.documents().document().scenario().assumptions()).isEmpty();
    }

    @Test
    void theChartWindowShowsTheSelectedChartAndFollowsTheLevers(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        settle();
        Window chartWindow = Window.getWindows().stream().filter(w -> w != stage && w.isShowing()
                && w.getScene().getRoot().getId() != null && w.getScene().getRoot().getId().equals("chart-window"))
                .findFirst().orElseThrow();
        Node detached = chartWindow.getScene().getRoot().lookup("#chart-china-share");
        assertThat(detached).isNotNull();
        assertThat(app.viewModel().charts().detachedProperty().get()).hasToString("CHINA_SHARE");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        settle();
        var separation = app.viewModel().charts().chinaShare().lines().stream()
                .filter(l -> !l.isGhost() && l.key().contains("separation")).findFirst().orElseThrow();
        double before = separation.points().get(10).value();

        robot.interact(() -> app.viewModel().levers().lever("processing").setAmount(8));
        settle();

        assertThat(separation.points().get(10).value())
                .as("the detached chart's view model stays live while another tab is shown").isNotEqualTo(before);
        robot.interact(() -> ((Stage) chartWindow).close());
        assertThat(app.viewModel().charts().detachedProperty().get()).isNull();
    }
}
