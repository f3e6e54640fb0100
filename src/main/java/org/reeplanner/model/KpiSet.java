package org.reeplanner.model;

import java.util.List;

/**
 * The headline results of a scenario for one target year, each against the no-new-investment baseline, plus the
 * whole-horizon cost figures (NPV, cost-effectiveness).
 */
public record KpiSet(int year, List<Kpi> cards, Stage bottleneck, double npvUsdBn,
                     Double usdPerTonnePerYearOfNewSupply, Double usdBnPerPointOfChinaShare) {

    public static final String CHINA_SEPARATION = "share.china.separation";
    public static final String SELF_SUFFICIENCY = "selfsufficiency.allied";
    public static final String PROCESSING_COST = "cost.allied.usdPerKg";
    public static final String PROGRAMME_COST = "spend.cumulative.usdBn";
    public static final String RISK = "risk.index";
    public static final String STRESS_SHORTFALL = "stress.shortfall.t";
    /** The sixth card's id when the scenario has its own export restriction: that event's shortfall. */
    public static final String EVENT_SHORTFALL = "shortfall.t";

    /**
     * KPIs of {@code scenario} in {@code year} against {@code baseline} (the same scenario without money). The sixth
     * card is the stress shortfall: with an export restriction in the scenario, that event's shortfall
     * ({@link EventShortfall}, id {@value #EVENT_SHORTFALL}); without one, the shortfall the stress event would cause
     * if it began in {@code year} ({@value #STRESS_SHORTFALL}).
     */
    public static KpiSet of(Projection scenario, Projection baseline, int year) {
        List<Kpi> cards = List.of(
                card(scenario, baseline, year, Series.SHARE_CHINA_SEPARATION, Kpi.Better.LOWER),
                card(scenario, baseline, year, Series.SELF_SUFFICIENCY, Kpi.Better.HIGHER),
                card(scenario, baseline, year, Series.COST_ALLIED, Kpi.Better.LOWER),
                card(scenario, baseline, year, Series.SPEND_CUMULATIVE, Kpi.Better.NEITHER),
                card(scenario, baseline, year, Series.RISK_INDEX, Kpi.Better.LOWER),
                EventShortfall.eventOf(scenario) != null ? EventShortfall.kpi(scenario, baseline)
                        : card(scenario, baseline, year, Series.STRESS_SHORTFALL, Kpi.Better.LOWER));
        int last = scenario.lastYear();
        double npv = scenario.value(Series.SPEND_NPV, last);
        double spentUsd = scenario.value(Series.SPEND_CUMULATIVE, year) * 1e9;
        double newSupply = nonChinaSeparation(scenario, year) - nonChinaSeparation(baseline, year);
        double shareCut = 100 * (baseline.value(Series.SHARE_CHINA_SEPARATION, year)
                - scenario.value(Series.SHARE_CHINA_SEPARATION, year));
        Double perTonne = spentUsd > 0 && newSupply > 1e-6 ? spentUsd / newSupply : null;
        Double perPoint = spentUsd > 0 && shareCut > 1e-9 ? spentUsd / 1e9 / shareCut : null;
        return new KpiSet(year, cards, scenario.bottleneck(year), npv, perTonne, perPoint);
    }

    public Kpi card(String id) {
        return cards.stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no KPI '" + id + "'"));
    }

    /** The stress card: the scenario's own event's shortfall, or the stress curve in the year without one. */
    public Kpi stress() {
        return cards.stream().filter(k -> k.id().equals(EVENT_SHORTFALL) || k.id().equals(STRESS_SHORTFALL))
                .findFirst().orElseThrow();
    }

    /** Allied plus secured separated supply plus recycling: what allied buyers can get outside China. */
    private static double nonChinaSeparation(Projection p, int year) {
        return p.value(Series.SEPARATION_ALLIED, year) + p.value(Series.SECURED_SEPARATION, year)
                + p.value(Series.RECYCLED_ALLIED, year);
    }

    private static Kpi card(Projection s, Projection b, int year, Series series, Kpi.Better better) {
        return new Kpi(series.id(), series.label(), series.unit(), s.value(series, year), b.value(series, year),
                better);
    }
}
