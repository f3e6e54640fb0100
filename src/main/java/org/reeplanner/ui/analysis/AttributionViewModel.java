package org.reeplanner.ui.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.reeplanner.io.report.AxisFormat;
import org.reeplanner.io.report.ChartCatalog;
import org.reeplanner.io.report.ChartDefinition;
import org.reeplanner.io.report.SeriesDefinition;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Attribution;
import org.reeplanner.model.analysis.AttributionResult;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * Where a result's change against the no-new-investment baseline comes from, in the cursor's year: each funded
 * lever's Shapley share and the effect of changed assumptions, as a waterfall from the baseline to the scenario.
 * Computed in the background while the Attribution tab is shown.
 */
public final class AttributionViewModel extends StudyTabViewModel<WaterfallPicture> {
    private static final double NO_EFFECT = 1e-12;

    private final double[] defaults;
    private final FocusAreaCatalog catalog;

    /** @param defaults the default parameter values, indexed by {@code Param.ordinal()} */
    public AttributionViewModel(ScenarioSession session, YearCursor cursor, StudyRunner runner, double[] defaults) {
        super(session, cursor, runner, reason -> Messages.format("attribution.failed", reason));
        this.defaults = defaults.clone();
        this.catalog = session.model().focusAreas();
    }

    @Override
    protected WaterfallPicture study(ImpactModel model, Scenario scenario, StudySeries series, int year) {
        return picture(series, new Attribution(model, defaults).of(scenario, series.id(), year));
    }

    /** The waterfall: baseline, each lever with an effect (largest first), changed assumptions, scenario. */
    WaterfallPicture picture(StudySeries s, AttributionResult r) {
        UnitScale scale = s.scale();
        double f = scale.factor();
        boolean neutral = s.id().startsWith("spend.");
        List<WaterfallStep> steps = new ArrayList<>();
        steps.add(new WaterfallStep(legend("baseline"), WaterfallStep.Kind.TOTAL, 0,
                r.baselineValue() * f, scale.preciseText(r.baselineValue())));
        double running = r.baselineValue();
        List<Map.Entry<String, Double>> levers = r.leverEffects().entrySet().stream()
                .filter(e -> Math.abs(e.getValue()) > NO_EFFECT)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue())))
                .toList();
        for (Map.Entry<String, Double> e : levers) {
            String name = catalog.areas().get(catalog.indexOf(e.getKey())).name();
            steps.add(part(name, running, e.getValue(), s, neutral));
            running += e.getValue();
        }
        steps.add(part(legend("assumptions"), running, r.assumptionsEffect(), s, neutral));
        steps.add(new WaterfallStep(legend("scenario"), WaterfallStep.Kind.TOTAL, 0,
                r.scenarioValue() * f, scale.preciseText(r.scenarioValue())));
        ChartDefinition d = ChartCatalog.attribution(s.name(), r.year(), scale.changeText(r.totalChange()),
                scale.axisLabel(), AxisFormat.of(s.unit()));
        return new WaterfallPicture(d.title(), d.y().title(), steps);
    }

    /**
     * A fixed step's name ({@code baseline}, {@code assumptions}, {@code scenario}) or what a colour means
     * ({@code value}, {@code better}, {@code worse}, {@code neutral}), as the catalogue says them.
     */
    public static String legend(String key) {
        return SeriesDefinition.in(ChartCatalog.attributionKeys(), key).label();
    }

    private static WaterfallStep part(String label, double before, double effect, StudySeries s, boolean neutral) {
        double f = s.scale().factor();
        WaterfallStep.Kind kind = neutral || Math.abs(effect) <= NO_EFFECT ? WaterfallStep.Kind.NEUTRAL
                : (effect < 0) == s.lowerIsBetter() ? WaterfallStep.Kind.BETTER : WaterfallStep.Kind.WORSE;
        return new WaterfallStep(label, kind, before * f, (before + effect) * f, s.scale().changeText(effect));
    }
}
