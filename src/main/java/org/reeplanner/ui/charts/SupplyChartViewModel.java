package org.reeplanner.ui.charts;

import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.reeplanner.io.report.ChartCatalog;
import org.reeplanner.io.report.ChartDefinition;
import org.reeplanner.io.report.Formats;
import org.reeplanner.io.report.SeriesDefinition;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Region;
import org.reeplanner.model.Series;
import org.reeplanner.model.Stage;
import org.reeplanner.ui.charts.plot.AxisRange;
import org.reeplanner.ui.charts.plot.ChartLine;
import org.reeplanner.ui.charts.plot.ChartViewModel;
import org.reeplanner.ui.charts.plot.HoverRow;
import org.reeplanner.ui.charts.plot.StackedValues;
import org.reeplanner.ui.common.ChoiceOption;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.RunResult;

/**
 * World output of one supply-chain stage, stacked by region (allied at the bottom, where investment shows), in
 * kilotonnes, with the no-new-investment allied output and world total dashed. The stage is the user's choice; the
 * heavy view ({@link ElementGroup#HEAVY}) shows heavy rare-earth (Dy+Tb) separation instead, with world heavy demand.
 */
public final class SupplyChartViewModel extends ChartViewModel {
    private static final double KILO = 1e-3;
    private static final Region[] BOTTOM_TO_TOP = {Region.ALLIED, Region.ROW, Region.CHINA};

    private static final Series[] HEAVY_BOTTOM_TO_TOP = {Series.SEPARATION_HEAVY_ALLIED, Series.SEPARATION_HEAVY_ROW,
        Series.SEPARATION_HEAVY_CHINA};

    private final StringProperty stage = new SimpleStringProperty(this, "stage", Stage.MINING.id());
    private final StringProperty group = new SimpleStringProperty(this, "group", ElementGroup.ALL.id());
    private final BooleanBinding heavy = ElementGroup.isHeavy(group);
    private final List<ChartLine> bands;
    private final List<ChartLine> ghosts;
    private final ChartLine outline;
    private final ChartLine heavyDemand;

    public SupplyChartViewModel(ObservableValue<RunResult> results, YearCursor cursor) {
        super("supply", results, cursor, AxisRange.fitting());
        ChartDefinition all = ChartCatalog.supply(Stage.MINING);
        bands = stack(Arrays.stream(BOTTOM_TO_TOP).map(r -> band(all.series(r.id()),
                v -> Formats.tonnesOf(v, material()))).toList());
        // Only the edges that are baseline values themselves: the bottom band's and the whole stack's. A ghost of a
        // middle or top band's edge would sit off that band whenever the bands below it changed.
        ghosts = List.of(ghost(bands.get(0), v -> Formats.tonnesOf(v, material())));
        SeriesDefinition total = all.series("total");
        outline = outlineGhost(total.key(), total.label(), total.colour().themeName(),
                v -> Formats.tonnesOf(v, material()));
        SeriesDefinition demand = ChartCatalog.supplyHeavy().series("heavy-demand");
        heavyDemand = line(demand.key(), demand.label(), demand.colour().themeName(),
                v -> Formats.tonnesOf(v, material()), heavy);
        addBaselineEntry();
        ChartLine allied = bands.get(0);
        uncertaintyBand(allied.key(), allied.name(), allied.colour(),
                () -> heavy.get() ? Series.SEPARATION_HEAVY_ALLIED.id()
                        : Series.production(Stage.fromId(stage.get()), Region.ALLIED).id(), allied::isVisible,
                v -> Formats.tonnesOf(v, material()), () -> KILO);
        // No model series holds the heavy world total, so its band is only drawn for all oxide.
        uncertaintyBand(total.key(), total.label(), total.colour().themeName(),
                () -> Series.values()[Series.MINING_TOTAL.ordinal() + Stage.fromId(stage.get()).ordinal()].id(),
                () -> !heavy.get() && bands.stream().allMatch(ChartLine::isVisible),
                v -> Formats.tonnesOf(v, material()), () -> KILO);
        stage.subscribe(id -> retitle());
        group.subscribe(id -> retitle());
        start();
    }

    /** The stages to choose from, in supply-chain order. */
    public List<ChoiceOption> stageOptions() {
        // Short names: the chart's header also holds the element-group switch and the uncertainty toggle.
        return Arrays.stream(Stage.values()).map(s -> new ChoiceOption(s.id(), ChartCatalog.stageName(s))).toList();
    }

    /** The id of the element group shown: {@code all} (oxide by stage) or {@code heavy} (Dy+Tb separation). */
    public StringProperty groupProperty() {
        return group;
    }

    /** Whether the heavy view is on: the stage choice then has no say (heavy rare earths are shown separated). */
    public BooleanBinding heavyProperty() {
        return heavy;
    }

    /** The id of the stage shown, e.g. {@code mining}. */
    public StringProperty stageProperty() {
        return stage;
    }

    @Override
    protected void fill(RunResult r, int[] years) {
        StackedValues.fillWithBaseline(bands, ghosts, outline, years, KILO, values(r.scenario()),
                values(r.baseline()));
        heavyDemand.set(years, r.scenario().values(Series.DEMAND_GLOBAL_HEAVY), KILO);
    }

    @Override
    protected List<HoverRow> extraHover(RunResult r, int index) {
        double[][] v = values(r.scenario());
        double total = v[0][index] + v[1][index] + v[2][index];
        double allied = total > 0 ? v[0][index] / total : 0;
        return List.of(new HoverRow(definition().label("total"), Formats.tonnesOf(total, material()),
                        "series-total", false),
                new HoverRow(Messages.get("chart.supply.alliedShare"), Formats.percent(allied), "series-region-allied",
                        false));
    }

    /** The bands' model values, bottom band first, for the view chosen. */
    private double[][] values(Projection p) {
        Stage s = Stage.fromId(stage.get());
        double[][] out = new double[BOTTOM_TO_TOP.length][];
        for (int i = 0; i < BOTTOM_TO_TOP.length; i++) {
            out[i] = p.values(heavy.get() ? HEAVY_BOTTOM_TO_TOP[i] : Series.production(s, BOTTOM_TO_TOP[i]));
        }
        return out;
    }

    private Stage shownStage() {
        return heavy.get() ? Stage.SEPARATION : Stage.fromId(stage.get());
    }

    private String material() {
        return shownStage().unit().material();
    }

    @Override
    public ChartDefinition definition() {
        return heavy.get() ? ChartCatalog.supplyHeavy() : ChartCatalog.supply(Stage.fromId(stage.get()));
    }

    private void retitle() {
        label(definition());
        refresh();
    }
}
