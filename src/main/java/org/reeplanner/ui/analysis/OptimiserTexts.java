package org.reeplanner.ui.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reeplanner.io.report.ChartCatalog;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.Projection;
import org.reeplanner.model.analysis.GoalSeekResult;
import org.reeplanner.model.analysis.OptimisationResult;
import org.reeplanner.ui.common.Messages;

/** Words for the optimiser's and the goal seek's results, and the target typed in the series' display unit. */
final class OptimiserTexts {
    private static final double NUDGE_POINTS = 5;
    private static final double NUDGE_SHARE = 0.1;

    private OptimiserTexts() {
    }

    /** A run's result with its sentence and each lever's marginal effect written out. */
    record Outcome(OptimisationResult result, String summary, Map<String, String> marginal) {
    }

    static Outcome of(StudySeries s, OptimisationResult r) {
        UnitScale scale = s.scale();
        String summary = Messages.format("optimiser.summary", s.name(), r.objective().year(),
                scale.preciseText(r.value()), Formats.usdBn(r.budgetUsdBn()), scale.preciseText(r.ownSplitValue()),
                scale.changeText(r.value() - r.ownSplitValue()));
        return new Outcome(r, summary, marginal(r, scale));
    }

    static Outcome of(StudySeries s, GoalSeekResult g) {
        UnitScale scale = s.scale();
        OptimisationResult r = g.best();
        String goal = (g.atMost() ? "\u2264 " : "\u2265 ") + scale.preciseText(g.target());
        String summary = g.reachable()
                ? Messages.format("optimiser.reachable", Formats.usdBn(r.budgetUsdBn()),
                ChartCatalog.lowerFirst(s.name()), r.objective().year(), scale.preciseText(r.value()), goal)
                : Messages.format("optimiser.unreachable", s.name(), r.objective().year(),
                scale.preciseText(r.value()), Formats.usdBn(r.budgetUsdBn()), goal);
        return new Outcome(r, summary, marginal(r, scale));
    }

    /** A target a little better than the scenario's value now, as a round number in the display unit. */
    static String defaultTarget(StudySeries s, Projection scenario, Integer year) {
        int y = year == null ? scenario.firstYear() : Math.max(scenario.firstYear(), Math.min(scenario.lastYear(),
                year));
        double shown = scenario.value(s.series(), y) * s.scale().factor();
        double sign = s.lowerIsBetter() ? -1 : 1;
        double goal = s.scale().axisLabel().equals("%") ? Math.round(shown + sign * NUDGE_POINTS)
                : round2(shown * (1 + sign * NUDGE_SHARE));
        return Formats.plain(Math.max(0, goal));
    }

    /** The model's value of a target typed in the display unit ("75" → 0.75 for a share), or NaN. */
    static double parseTarget(String text, StudySeries s) {
        try {
            double typed = Double.parseDouble(text == null ? "" : text.strip());
            return Double.isFinite(typed) ? typed / s.scale().factor() : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Map<String, String> marginal(OptimisationResult r, UnitScale scale) {
        Map<String, String> out = new LinkedHashMap<>();
        r.marginalPerUsdBn().forEach((id, perBn) -> out.put(id, scale.changeText(perBn)));
        return out;
    }

    private static double round2(double v) {
        if (v == 0) {
            return 0;
        }
        double power = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 1);
        return Math.round(v / power) * power;
    }

}
