package org.reeplanner.io.report;

import java.util.Map;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.EventShortfall;
import org.reeplanner.model.FocusArea;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;
import org.reeplanner.model.analysis.Attribution;
import org.reeplanner.model.analysis.AttributionResult;

/**
 * The numbers the {@link Narrative} states, each taken from a model run of the scenario, its no-new-investment
 * baseline (both under the scenario's assumptions) or, for the assumptions' own effect, the scenario on the default
 * parameters. The driver is the lever with the largest Shapley share of the change in China's separation share or,
 * when that share hardly moves, of the change in allied self-sufficiency ({@code driverSeries}); {@code driver} is
 * null when no lever moves either. The disruption fields are meaningful only when {@code disruption} is enabled.
 *
 * @param spendFrom          first year money is spent (0 without money)
 * @param spendTo            last year money is spent (0 without money)
 * @param driverEffect       the driver's Shapley share of {@code driverTotal}
 * @param driverTotal        the change of {@code driverSeries} against the baseline in the target year
 * @param assumptionsEffect  China's separation share under the scenario's assumptions minus under the defaults
 * @param shortfall          allied shortfall in the scenario's disruption ({@link EventShortfall}), t REO
 */
public record NarrativeFacts(double totalUsdBn, int spendFrom, int spendTo, int firstYear, int year,
                             double shareStart, double share, double shareBaseline,
                             double selfSufficiency, double selfSufficiencyBaseline,
                             double processingCost, double processingCostBaseline,
                             Series driverSeries, String driver, double driverEffect, double driverTotal,
                             int changedAssumptions, double assumptionsEffect,
                             DisruptionEvent disruption, double shortfall, double shortfallBaseline) {

    /** A change smaller than this (a twentieth of a percentage point) is "no change" in words. */
    public static final double VISIBLE_CHANGE = 0.0005;
    /** China's share must move this much (half a point) to be the change whose driver is named. */
    static final double SHARE_MOVES = 0.005;
    private static final Series SHARE = Series.SHARE_CHINA_SEPARATION;

    /** Runs what the narrative needs: the scenario, its baseline, the Shapley split of the share and the defaults. */
    public static NarrativeFacts of(ImpactModel model, Scenario scenario, int year) {
        ImpactModel edited = model.withAssumptionsOf(scenario);
        Projection run = edited.run(scenario);
        Projection baseline = edited.run(scenario.withoutInvestment());
        Series driverSeries = Math.abs(run.value(SHARE, year) - baseline.value(SHARE, year)) >= SHARE_MOVES ? SHARE
                : Series.SELF_SUFFICIENCY;
        String driver = null;
        double driverEffect = 0;
        double driverTotal = run.value(driverSeries, year) - baseline.value(driverSeries, year);
        if (scenario.totalInvestmentUsdBn() > 0 && countFunded(scenario) <= Attribution.MAX_LEVERS
                && Math.abs(driverTotal) >= VISIBLE_CHANGE) {
            AttributionResult split = new Attribution(edited, edited.data().parameters().baseValues())
                    .of(scenario, driverSeries.id(), year);
            for (Map.Entry<String, Double> e : split.leverEffects().entrySet()) {
                double effect = e.getValue();
                if (Math.signum(effect) == Math.signum(driverTotal) && Math.abs(effect) > Math.abs(driverEffect)) {
                    driverEffect = effect;
                    driver = model.focusAreas().find(e.getKey()).map(FocusArea::name).orElse(e.getKey());
                }
            }
        }
        double onDefaults = scenario.assumptions().isEmpty() ? run.value(SHARE, year)
                : model.run(scenario.withAssumptions(Map.of())).value(SHARE, year);
        return new NarrativeFacts(scenario.totalInvestmentUsdBn(), spendYear(scenario, true),
                spendYear(scenario, false), run.firstYear(), year, run.value(SHARE, run.firstYear()),
                run.value(SHARE, year), baseline.value(SHARE, year), run.value(Series.SELF_SUFFICIENCY, year),
                baseline.value(Series.SELF_SUFFICIENCY, year), run.value(Series.COST_ALLIED, year),
                baseline.value(Series.COST_ALLIED, year), driverSeries, driver, driverEffect, driverTotal,
                scenario.assumptions().size(),
                run.value(SHARE, year) - onDefaults, event(scenario), EventShortfall.tonnes(run),
                EventShortfall.tonnes(baseline));
    }

    /** The change of China's separation share against the baseline in the target year (a fraction). */
    public double shareChange() {
        return share - shareBaseline;
    }

    private static DisruptionEvent event(Scenario s) {
        return s.disruption() == null ? DisruptionEvent.NONE : s.disruption();
    }

    private static long countFunded(Scenario s) {
        return s.levers().values().stream().filter(l -> l.investmentUsdBn() > 0).count();
    }

    private static int spendYear(Scenario s, boolean first) {
        int year = 0;
        for (Lever l : s.levers().values()) {
            if (l.investmentUsdBn() > 0) {
                int y = first ? l.startYear() : l.lastSpendYear();
                year = year == 0 ? y : first ? Math.min(year, y) : Math.max(year, y);
            }
        }
        return year;
    }

}
