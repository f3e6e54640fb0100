package org.reeplanner.ui.charts;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.geometry.Orientation;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.table.SeriesTable;

/** The result tabs (ids {@code tab-supply}, …), with the selected tab kept in step with the view model. */
public final class ResultTabs extends TabPane {
    private static final double COSTS_DIVIDER = 0.58;
    private static final double STRESS_DIVIDER = 0.55;

    public ResultTabs(ChartsViewModel vm, PlotImages images, Consumer<String> notices) {
        setId("chart-tabs");
        getStyleClass().add("chart-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        for (ChartTab kind : ChartTab.values()) {
            Tab tab = new Tab(kind.title(), content(kind, vm, images, notices));
            tab.setId(kind.tabId());
            tab.setUserData(kind);
            tab.setGraphic(icon(kind).node());
            getTabs().add(tab);
        }
        vm.selectedProperty().subscribe(kind -> getSelectionModel().select(kind.ordinal()));
        getSelectionModel().selectedItemProperty().subscribe(tab ->
                vm.selectedProperty().set((ChartTab) tab.getUserData()));
    }

    private static Node content(ChartTab kind, ChartsViewModel vm, PlotImages images, Consumer<String> notices) {
        return switch (kind) {
            case SUPPLY -> new SupplyChart(vm.supply(), images);
            case CHINA_SHARE -> new ChinaShareChart(vm.chinaShare(), images);
            case COSTS -> split(COSTS_DIVIDER, new SpendChart(vm.spend(), images),
                    new ProcessingCostChart(vm.processingCost(), images));
            case STRESS -> split(STRESS_DIVIDER, new StressSupplyChart(vm.stressSupply(), images),
                    new StockpileChart(vm.stockpile(), images));
            case TABLE -> new SeriesTable(vm.table(), notices);
        };
    }

    private static SplitPane split(double divider, Node top, Node bottom) {
        SplitPane pane = new SplitPane(top, bottom);
        pane.setOrientation(Orientation.VERTICAL);
        pane.setDividerPositions(divider);
        pane.getStyleClass().add("chart-split");
        return pane;
    }

    private static Icon icon(ChartTab kind) {
        return switch (kind) {
            case SUPPLY -> Icon.SUPPLY;
            case CHINA_SHARE -> Icon.SHARE;
            case COSTS -> Icon.COSTS;
            case STRESS -> Icon.STRESS;
            case TABLE -> Icon.TABLE;
        };
    }
}
