package org.reeplanner.ui.results;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.reeplanner.ui.charts.plot.PlotImages;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;

/**
 * A large chart for a projector or second screen: a chooser of the chart tabs and their charts at presentation size.
 * The charts are views of the main window's chart view models, so every slider move, year pick or legend toggle shows
 * here too; while the window is open its charts stay live whichever tab the main window shows.
 */
public final class DetachedChartView extends BorderPane {
    private final Map<ChartTab, Node> built = new EnumMap<>(ChartTab.class);
    private final ComboBox<ChartTab> chooser = new ComboBox<>();
    private final StackPane holder = new StackPane();

    public DetachedChartView(ChartsViewModel vm, PlotImages images) {
        setId("chart-window");
        getStyleClass().addAll("chart-window", "presentation");
        chooser.setId("chart-window-chooser");
        for (ChartTab tab : ChartTab.values()) {
            if (ChartsViewModel.isChart(tab)) {
                chooser.getItems().add(tab);
            }
        }
        chooser.setCellFactory(v -> new TabCell());
        chooser.setButtonCell(new TabCell());
        Forms.tooltip(chooser, Messages.get("chartWindow.chooser.help"));
        Label caption = new Label(Messages.get("chartWindow.chooser"));
        caption.setLabelFor(chooser);
        caption.getStyleClass().add("form-label");
        Label hint = new Label(Messages.get("chartWindow.hint"));
        hint.getStyleClass().add("panel-hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(caption, chooser, gap, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("chart-window-bar");
        setTop(bar);
        holder.getStyleClass().add("chart-window-holder");
        setCenter(holder);
        chooser.valueProperty().subscribe(tab -> {
            if (tab != null) {
                holder.getChildren().setAll(built.computeIfAbsent(tab,
                        t -> ResultTabs.content(t, vm, images, notice -> { })));
                if (isShowing()) {
                    vm.detachedProperty().set(tab);
                }
            }
        });
        sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).subscribe(showing ->
                vm.detachedProperty().set(Boolean.TRUE.equals(showing) ? chooser.getValue() : null));
    }

    /** Shows {@code tab}'s charts (a chart tab; anything else shows the supply chart). */
    public void select(ChartTab tab) {
        chooser.setValue(ChartsViewModel.isChart(tab) ? tab : ChartTab.SUPPLY);
    }

    private boolean isShowing() {
        return getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing();
    }

    private static final class TabCell extends ListCell<ChartTab> {
        @Override
        protected void updateItem(ChartTab item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
        }
    }
}
