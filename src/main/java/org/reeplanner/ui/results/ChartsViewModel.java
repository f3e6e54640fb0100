package org.reeplanner.ui.results;

import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.ParameterSet;
import org.reeplanner.model.analysis.Bands;
import org.reeplanner.ui.analysis.FanChartViewModel;
import org.reeplanner.ui.charts.ChinaShareChartViewModel;
import org.reeplanner.ui.charts.OreFlowViewModel;
import org.reeplanner.ui.charts.PriceChartViewModel;
import org.reeplanner.ui.charts.ProcessingCostChartViewModel;
import org.reeplanner.ui.charts.SpendChartViewModel;
import org.reeplanner.ui.charts.StockpileChartViewModel;
import org.reeplanner.ui.charts.StressSummaryViewModel;
import org.reeplanner.ui.charts.StressSupplyChartViewModel;
import org.reeplanner.ui.charts.SupplyChartViewModel;
import org.reeplanner.ui.charts.plot.ChartViewModel;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;
import org.reeplanner.ui.table.SeriesTableViewModel;

/**
 * The result tabs' view models, all fed by the same results and year cursor, and which tab is selected: only the
 * selected tab's charts follow a dragged slider; the others catch up when they are shown.
 */
public final class ChartsViewModel {
    private final SupplyChartViewModel supply;
    private final ChinaShareChartViewModel chinaShare;
    private final SpendChartViewModel spend;
    private final ProcessingCostChartViewModel processingCost;
    private final PriceChartViewModel price;
    private final OreFlowViewModel oreFlow;
    private final StressSupplyChartViewModel stressSupply;
    private final StockpileChartViewModel stockpile;
    private final SeriesTableViewModel table;
    private final FanChartViewModel fan;
    private final StressSummaryViewModel stressSummary;
    private final BooleanProperty uncertaintyShown = new SimpleBooleanProperty(this, "uncertaintyShown");
    private Bands study;
    private boolean studyStale;
    private final ObjectProperty<ChartTab> selected = new SimpleObjectProperty<>(this, "selected", ChartTab.SUPPLY);
    private final ObjectProperty<ChartTab> detached = new SimpleObjectProperty<>(this, "detached");

    /** @param parameters the model's parameters, for the price floor a scenario does not change */
    public ChartsViewModel(ObservableValue<RunResult> results, YearCursor cursor, FocusAreaCatalog catalog,
                           ParameterSet parameters) {
        supply = new SupplyChartViewModel(results, cursor);
        chinaShare = new ChinaShareChartViewModel(results, cursor);
        spend = new SpendChartViewModel(results, cursor, catalog);
        processingCost = new ProcessingCostChartViewModel(results, cursor);
        price = new PriceChartViewModel(results, cursor, parameters);
        oreFlow = new OreFlowViewModel(results, cursor);
        stressSupply = new StressSupplyChartViewModel(results, cursor);
        stockpile = new StockpileChartViewModel(results, cursor);
        table = new SeriesTableViewModel(results, catalog);
        fan = new FanChartViewModel(results, cursor);
        stressSummary = new StressSummaryViewModel(results, cursor);
        Map<ChartTab, List<ChartViewModel>> byTab = Map.of(ChartTab.SUPPLY, List.of(supply),
                ChartTab.CHINA_SHARE, List.of(chinaShare), ChartTab.COSTS, List.of(spend, processingCost),
                ChartTab.MARKET, List.of(price),
                ChartTab.STRESS, List.of(stressSupply, stockpile), ChartTab.UNCERTAINTY, List.of(fan),
                ChartTab.TABLE, List.of());
        Runnable activate = () -> {
            byTab.forEach((t, charts) -> charts.forEach(c -> c.setActive(t == selected.get() || t == detached.get())));
            table.setActive(selected.get() == ChartTab.TABLE);
            oreFlow.setActive(selected.get() == ChartTab.MARKET || detached.get() == ChartTab.MARKET);
        };
        selected.subscribe(activate);
        detached.subscribe(activate);
        uncertaintyShown.subscribe(on -> applyUncertainty());
    }

    /** The charts a chart window shows (null: none is open); they follow every change like the selected tab's. */
    public ObjectProperty<ChartTab> detachedProperty() {
        return detached;
    }

    /** Whether {@code tab} holds charts that a chart window can show. */
    public static boolean isChart(ChartTab tab) {
        return tab == ChartTab.SUPPLY || tab == ChartTab.CHINA_SHARE || tab == ChartTab.COSTS
                || tab == ChartTab.MARKET || tab == ChartTab.STRESS;
    }

    /**
     * Whether the main charts shade the P10–P90 band of the latest uncertainty study behind their lines (the
     * toggle in the View menu and the charts' headers).
     */
    public BooleanProperty uncertaintyShownProperty() {
        return uncertaintyShown;
    }

    /**
     * Hands the charts the bands of the latest Monte Carlo study (null: none yet), {@code stale} while they belong to
     * an earlier version of the scenario. The Uncertainty tab always shows them, the main charts while the toggle is
     * on.
     */
    public void showUncertainty(Bands bands, boolean stale) {
        study = bands;
        studyStale = stale;
        applyUncertainty();
    }

    private void applyUncertainty() {
        Bands overlay = uncertaintyShown.get() ? study : null;
        supply.showUncertainty(overlay, studyStale);
        chinaShare.showUncertainty(overlay, studyStale);
        fan.showUncertainty(study, studyStale);
    }

    /** The tab on screen; views bind their tab selection to it both ways. */
    public ObjectProperty<ChartTab> selectedProperty() {
        return selected;
    }

    public SupplyChartViewModel supply() {
        return supply;
    }

    public ChinaShareChartViewModel chinaShare() {
        return chinaShare;
    }

    public SpendChartViewModel spend() {
        return spend;
    }

    public ProcessingCostChartViewModel processingCost() {
        return processingCost;
    }

    /** The NdPr price with its baseline and floor. */
    public PriceChartViewModel price() {
        return price;
    }

    /** Where the target year's allied ore goes. */
    public OreFlowViewModel oreFlow() {
        return oreFlow;
    }

    public StressSupplyChartViewModel stressSupply() {
        return stressSupply;
    }

    public StockpileChartViewModel stockpile() {
        return stockpile;
    }

    /** The stress test's four figures above its charts. */
    public StressSummaryViewModel stressSummary() {
        return stressSummary;
    }

    public FanChartViewModel fan() {
        return fan;
    }

    public SeriesTableViewModel table() {
        return table;
    }
}
