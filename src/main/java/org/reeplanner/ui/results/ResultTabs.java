package org.reeplanner.ui.results;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.reeplanner.ui.charts.ChinaShareChart;
import org.reeplanner.ui.charts.OreFlowView;
import org.reeplanner.ui.charts.StressSummaryView;
import org.reeplanner.ui.charts.SupplyChart;
import org.reeplanner.ui.charts.plot.PlotImages;
import org.reeplanner.ui.charts.plot.PlotPanel;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.table.SeriesTable;

/**
 * The result tabs (ids {@code tab-supply}, …), with the selected tab kept in step with the view model. A tab's
 * charts are built when the tab is first selected: building and styling every tab's charts up front made the window
 * take a third longer to open (docs/performance.md); the view models exist and stay current either way.
 */
public final class ResultTabs extends TabPane {
    private static final double COSTS_DIVIDER = 0.58;
    private static final double STRESS_DIVIDER = 0.55;
    private static final double MARKET_DIVIDER = 0.5;
    private static final double SIDE_BY_SIDE_RATIO = 2.4;
    private static final double MARKET_SIDE_BY_SIDE_RATIO = 1.3;
    private static final double HALF = 0.5;
    private final Map<Tab, Supplier<Node>> unbuilt = new HashMap<>();

    /**
     * @param provided builds the content of tabs made elsewhere, when first shown: the Compare view, which lives with
     *                 the scenario files, and the analysis tabs (uncertainty, tornado, attribution), which run studies
     */
    public ResultTabs(ChartsViewModel vm, PlotImages images, Consumer<String> notices,
                      Map<ChartTab, Supplier<Node>> provided) {
        setId("chart-tabs");
        getStyleClass().add("chart-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        for (ChartTab kind : ChartTab.values()) {
            if (kind == ChartTab.ASSUMPTIONS && !provided.containsKey(kind)) {
                continue;
            }
            Tab tab = new Tab(kind.title());
            Supplier<Node> content = provided.get(kind);
            unbuilt.put(tab, content != null ? content : () -> content(kind, vm, images, notices));
            tab.setId(kind.tabId());
            tab.setUserData(kind);
            tab.setGraphic(icon(kind).node());
            getTabs().add(tab);
        }
        vm.selectedProperty().subscribe(kind -> getSelectionModel().select(kind.ordinal()));
        getSelectionModel().selectedItemProperty().subscribe(tab -> {
            build(tab);
            vm.selectedProperty().set((ChartTab) tab.getUserData());
        });
    }

    private void build(Tab tab) {
        Supplier<Node> content = unbuilt.remove(tab);
        if (content != null) {
            tab.setContent(content.get());
        }
    }

    static Node content(ChartTab kind, ChartsViewModel vm, PlotImages images, Consumer<String> notices) {
        return switch (kind) {
            case SUPPLY -> new SupplyChart(vm.supply(), images, vm.uncertaintyShownProperty());
            case CHINA_SHARE -> new ChinaShareChart(vm.chinaShare(), images, vm.uncertaintyShownProperty());
            case COSTS -> split(COSTS_DIVIDER, SIDE_BY_SIDE_RATIO, new PlotPanel(vm.spend(), images),
                    new PlotPanel(vm.processingCost(), images));
            // The ore picture needs height for its labels: side by side unless the tab is narrow.
            case MARKET -> split(MARKET_DIVIDER, MARKET_SIDE_BY_SIDE_RATIO, new PlotPanel(vm.price(), images),
                    new OreFlowView(vm.oreFlow(), images));
            case STRESS -> stress(vm, images);
            case TABLE -> new SeriesTable(vm.table(), notices);
            case UNCERTAINTY, TORNADO, ATTRIBUTION, COMPARE, ASSUMPTIONS ->
                    throw new IllegalArgumentException("the " + kind.title() + " tab's content is passed in");
        };
    }

    /** The stress test: its figures in a strip above its two charts. */
    private static Node stress(ChartsViewModel vm, PlotImages images) {
        SplitPane charts = split(STRESS_DIVIDER, SIDE_BY_SIDE_RATIO, new PlotPanel(vm.stressSupply(), images),
                new PlotPanel(vm.stockpile(), images));
        VBox.setVgrow(charts, Priority.ALWAYS);
        return new VBox(new StressSummaryView(vm.stressSummary()), charts);
    }

    /** Two charts one above the other, or side by side when the tab is {@code ratio} times wider than tall. */
    private static SplitPane split(double divider, double ratio, Node first, Node second) {
        SplitPane pane = new SplitPane(first, second);
        pane.getStyleClass().add("chart-split");
        Runnable orient = () -> {
            Orientation o = pane.getWidth() > ratio * pane.getHeight() ? Orientation.HORIZONTAL
                    : Orientation.VERTICAL;
            if (o != pane.getOrientation()) {
                pane.setOrientation(o);
                pane.setDividerPositions(o == Orientation.VERTICAL ? divider : HALF);
            }
        };
        pane.setOrientation(Orientation.VERTICAL);
        pane.setDividerPositions(divider);
        pane.widthProperty().subscribe(orient);
        pane.heightProperty().subscribe(orient);
        return pane;
    }

    private static Icon icon(ChartTab kind) {
        return switch (kind) {
            case SUPPLY -> Icon.SUPPLY;
            case CHINA_SHARE -> Icon.SHARE;
            case COSTS -> Icon.COSTS;
            case MARKET -> Icon.MARKET;
            case STRESS -> Icon.STRESS;
            case UNCERTAINTY -> Icon.UNCERTAINTY;
            case TORNADO -> Icon.TORNADO;
            case ATTRIBUTION -> Icon.ATTRIBUTION;
            case TABLE -> Icon.TABLE;
            case COMPARE -> Icon.COMPARE;
            case ASSUMPTIONS -> Icon.ASSUMPTIONS;
        };
    }
}
