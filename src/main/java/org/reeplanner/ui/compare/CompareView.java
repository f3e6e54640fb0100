package org.reeplanner.ui.compare;

import java.nio.file.Path;
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
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.reeplanner.ui.common.Messages;

/**
 * The Compare view: buttons to add the current scenario, a preset or a file (up to four), the overlay chart of the
 * chosen key series and the KPI table for a chosen year.
 */
public final class CompareView extends BorderPane {
    static final String EMPTY_TEXT = Messages.get("compare.empty");

    /**
     * @param chooseFile asks for a scenario file to add (a file chooser in the app), given the owner window
     */
    public CompareView(CompareSources sources, Function<Window, Path> chooseFile) {
        setId("compare-view");
        CompareViewModel vm = sources.compare();
        setTop(toolbar(sources, vm, chooseFile));
        CompareChart chart = new CompareChart(vm);
        ScrollPane table = new ScrollPane(new CompareTableView(vm));
        table.setFitToWidth(true);
        SplitPane split = new SplitPane(chart, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
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

    private HBox toolbar(CompareSources sources, CompareViewModel vm, Function<Window, Path> chooseFile) {
        Button current = new Button(Messages.get("compare.addCurrent"));
        current.setId("compare-add-current");
        current.setOnAction(e -> sources.addCurrent());
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
            Path chosen = chooseFile.apply(getScene() == null ? null : getScene().getWindow());
            if (chosen != null) {
                sources.addFile(chosen);
            }
        });
        for (var control : new Control[] {current, preset, file}) {
            control.disableProperty().bind(vm.fullProperty());
        }
        current.setTooltip(new Tooltip(Messages.get("compare.addCurrent.help")));
        ChoiceBox<CompareMetric> metric = new ChoiceBox<>();
        metric.setId("compare-metric");
        metric.getItems().setAll(CompareMetric.values());
        metric.valueProperty().bindBidirectional(vm.metricProperty());
        Spinner<Integer> year = new Spinner<>(2025, 2050, vm.yearProperty().get());
        year.setId("compare-year");
        year.setEditable(true);
        year.setPrefWidth(90);
        year.valueProperty().subscribe(v -> vm.yearProperty().set(v));
        Label message = new Label();
        message.setId("compare-message");
        message.textProperty().bind(sources.messageProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, current, preset, file, gap, message, new Label(Messages.get("compare.series")),
                metric, new Label(Messages.get("compare.year")), year);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setId("compare-toolbar");
        return bar;
    }
}
