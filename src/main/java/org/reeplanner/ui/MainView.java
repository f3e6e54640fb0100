package org.reeplanner.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reeplanner.ui.charts.ChinaShareChart;
import org.reeplanner.ui.kpi.KpiCardsView;

/**
 * The main window's content: a title bar area with the scenario name and headline, the KPI cards, the chart and a
 * status bar. It only lays out and binds; the lever panel will take the left side.
 */
public final class MainView extends BorderPane {

    public MainView(MainViewModel vm) {
        setId("main-view");
        getStyleClass().add("main-view");
        setTop(header(vm));
        ChinaShareChart chart = new ChinaShareChart(vm.chinaShare());
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox results = new VBox(new KpiCardsView(vm.kpis()), chart);
        results.getStyleClass().add("results-area");
        setCenter(results);
        setBottom(statusBar(vm));
    }

    private static Region header(MainViewModel vm) {
        Label name = label("scenario-title", "scenario-title", vm.scenarioName());
        Tooltip description = new Tooltip();
        description.textProperty().bind(vm.scenarioDescription());
        description.setWrapText(true);
        description.setMaxWidth(480);
        name.setTooltip(description);
        Label headline = label("results-headline", "results-headline", vm.headline());
        Label note = new Label(MainViewModel.COMPARISON_NOTE);
        note.setId("results-note");
        note.getStyleClass().add("results-note");
        HBox subtitle = new HBox(headline, note);
        subtitle.setAlignment(Pos.BASELINE_LEFT);
        subtitle.getStyleClass().add("header-subtitle");
        VBox header = new VBox(name, subtitle);
        header.setId("title-bar");
        header.getStyleClass().add("title-bar");
        return header;
    }

    private static Region statusBar(MainViewModel vm) {
        Label status = label("status-text", "status-text", vm.status());
        HBox bar = new HBox(status);
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Label label(String id, String styleClass, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.textProperty().bind(text);
        return label;
    }
}
