package org.reeplanner.ui.compare;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.common.YearSelector;

/**
 * The Compare view: buttons to pin a snapshot of the scenario being edited, add a preset or a file (up to four, the
 * live "Current" entry included), the overlay chart of the chosen key series and the KPI table for the window's
 * target year. The toolbar wraps onto a second row in a narrow window rather than cutting its labels.
 */
public final class CompareView extends BorderPane {
    static final String EMPTY_TEXT = Messages.get("compare.empty");

    /**
     * @param chooseFile asks for a scenario file to add (a file chooser in the app), given the owner window
     */
    public CompareView(CompareSources sources, Function<Window, Path> chooseFile, YearCursor cursor) {
        setId("compare-view");
        CompareViewModel vm = sources.compare();
        vm.yearProperty().bind(cursor.yearProperty());
        setTop(toolbar(sources, vm, chooseFile, cursor));
        CompareChart chart = new CompareChart(vm, seriesRow(vm));
        ScrollPane table = new ScrollPane(new CompareTableView(vm));
        table.setFitToWidth(true);
        SplitPane split = new SplitPane(chart, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        Label empty = new Label(EMPTY_TEXT);
        empty.setId("compare-empty");
        empty.setWrapText(true);
        empty.setMaxWidth(520);
        empty.setStyle("-fx-font-size: 1.1em;");
        StackPane center = new StackPane(split, empty);
        empty.visibleProperty().bind(Bindings.isEmpty(vm.scenarios()));
        split.visibleProperty().bind(empty.visibleProperty().not());
        setCenter(center);
    }

    private FlowPane toolbar(CompareSources sources, CompareViewModel vm, Function<Window, Path> chooseFile,
                             YearCursor cursor) {
        Button snapshot = new Button(Messages.get("compare.pinSnapshot"));
        snapshot.setId("compare-pin-snapshot");
        snapshot.setOnAction(e -> askSnapshotName(sources.snapshotName()).ifPresent(sources::pinSnapshot));
        MenuButton preset = new MenuButton(Messages.get("compare.addPreset"));
        preset.setId("compare-add-preset");
        sources.presets().forEach(p -> {
            MenuItem item = new MenuItem(p.name());
            item.setId("compare-preset-" + p.id());
            item.setOnAction(e -> sources.addPreset(p.id()));
            preset.getItems().add(item);
        });
        Button file = new Button(Messages.get("compare.addFile"));
        file.setId("compare-add-file");
        file.setOnAction(e -> {
            Path chosen = chooseFile.apply(window());
            if (chosen != null) {
                sources.addFile(chosen);
            }
        });
        for (var control : new Control[] {snapshot, preset, file}) {
            control.disableProperty().bind(vm.fullProperty());
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        Forms.tooltip(snapshot, Messages.get("compare.pinSnapshot.help"));
        YearSelector year = new YearSelector("compare-year", cursor, Messages.get("main.year.help"));
        Label message = new Label();
        message.setId("compare-message");
        message.setWrapText(true);
        message.textProperty().bind(sources.messageProperty());
        HBox add = group(snapshot, preset, file);
        HBox pick = group(new Label(Messages.get("compare.year")), year);
        FlowPane bar = new FlowPane(16, 6, add, pick, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setId("compare-toolbar");
        return bar;
    }

    /** The chart's title row: the series it overlays, as a choice. */
    private static HBox seriesRow(CompareViewModel vm) {
        ChoiceBox<CompareMetric> metric = new ChoiceBox<>();
        metric.setId("compare-metric");
        metric.getItems().setAll(CompareMetric.values());
        metric.valueProperty().bindBidirectional(vm.metricProperty());
        metric.setStyle("-fx-font-weight: bold;");
        Label caption = new Label(Messages.get("compare.series"));
        caption.setLabelFor(metric);
        return group(caption, metric);
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private Optional<String> askSnapshotName(String suggested) {
        TextInputDialog dialog = new TextInputDialog(suggested);
        dialog.initOwner(window());
        dialog.setTitle(Messages.get("compare.snapshot.title"));
        dialog.setHeaderText(Messages.get("compare.snapshot.header"));
        dialog.setContentText(Messages.get("compare.snapshot.name"));
        dialog.getDialogPane().setId("snapshot-dialog");
        return dialog.showAndWait();
    }
}
