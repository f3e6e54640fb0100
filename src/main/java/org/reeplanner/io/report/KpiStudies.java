package org.reeplanner.io.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.SeriesInfo;
import org.reeplanner.model.analysis.Attribution;
import org.reeplanner.model.analysis.AttributionResult;
import org.reeplanner.model.analysis.Tornado;
import org.reeplanner.model.analysis.TornadoBar;

/**
 * Sensitivity and attribution for every headline KPI of the target year, computed from one set of runs (each input
 * setting is run once and read for all KPIs), and the KPI the exports lead with: the outcome that moved most against
 * its baseline, measured as the change over the larger of the two values (spend is the price, not an outcome).
 */
public record KpiStudies(List<KpiStudy> studies, String focusId, String focusReason) {

    public KpiStudies {
        studies = List.copyOf(studies);
    }

    /** The study of the KPI that moved most. */
    public KpiStudy focus() {
        return studies.stream().filter(s -> s.kpi().id().equals(focusId)).findFirst().orElseThrow();
    }

    /**
     * Studies every card of {@code kpis} for {@code scenario}: tornado under {@code edited} (the model with the
     * scenario's assumptions), attribution against {@code model}'s defaults when at most
     * {@link Attribution#MAX_LEVERS} levers are funded.
     */
    public static KpiStudies of(ImpactModel model, ImpactModel edited, Scenario scenario, KpiSet kpis) {
        int year = kpis.year();
        List<String> ids = kpis.cards().stream().map(Kpi::id).toList();
        Map<String, List<TornadoBar>> tornado = new Tornado(edited).ofAll(scenario, ids, year);
        long funded = scenario.levers().values().stream().filter(l -> l.investmentUsdBn() > 0).count();
        Map<String, AttributionResult> attribution = funded > Attribution.MAX_LEVERS ? Map.of()
                : new Attribution(edited, model.data().parameters().baseValues()).ofAll(scenario, ids, year);
        LeverReach reach = new LeverReach(edited, scenario, year);
        List<KpiStudy> studies = new ArrayList<>();
        for (Kpi k : kpis.cards()) {
            Sensitivity sensitivity = new Sensitivity(new SeriesInfo(k.id(), k.label(), k.unit()), year,
                    tornado.get(k.id()));
            KpiStudy draft = new KpiStudy(k, sensitivity, attribution.get(k.id()), Map.of(), Map.of());
            Map<String, String> noEffect = new HashMap<>();
            Map<String, String> noShare = new HashMap<>();
            for (TornadoBar bar : sensitivity.bars()) {
                if (bar.kind() != TornadoBar.Kind.LEVER) {
                    continue;
                }
                if (draft.negligible(bar.swing())) {
                    noEffect.put(bar.key(), reach.whyNot(bar.key(), k.id(), true));
                }
                Double share = draft.attribution() == null ? null : draft.attribution().leverEffects().get(bar.key());
                if (share != null && draft.negligible(share)) {
                    noShare.put(bar.key(), reach.whyNot(bar.key(), k.id(), false));
                }
            }
            studies.add(new KpiStudy(k, sensitivity, draft.attribution(), noEffect, noShare));
        }
        Kpi focus = mostMoved(kpis);
        return new KpiStudies(studies, focus.id(), reason(kpis, focus));
    }

    /** How far a KPI moved against its baseline, as a share of the larger of the two values (0 to 1). */
    static double relativeChange(Kpi k) {
        double scale = Math.max(Math.abs(k.value()), Math.abs(k.baseline()));
        return scale < 1e-12 ? 0 : Math.abs(k.change()) / scale;
    }

    private static List<Kpi> outcomes(KpiSet kpis) {
        return kpis.cards().stream().filter(k -> k.better() != Kpi.Better.NEITHER).toList();
    }

    static Kpi mostMoved(KpiSet kpis) {
        Kpi best = outcomes(kpis).stream().max(Comparator.comparingDouble(KpiStudies::relativeChange)).orElseThrow();
        return relativeChange(best) > 1e-9 ? best : kpis.card(KpiSet.CHINA_SEPARATION);
    }

    private static String reason(KpiSet kpis, Kpi focus) {
        if (relativeChange(focus) <= 1e-9) {
            return "No headline outcome moved against the baseline in " + kpis.year() + ", so the study leads with "
                    + focus.label() + ", the planner's headline measure.";
        }
        StringBuilder s = new StringBuilder(focus.label()).append(" moved most against the baseline in ")
                .append(kpis.year()).append(": ").append(percent(focus)).append(" (")
                .append(Formats.value(focus.unit(), focus.baseline())).append(" without new investment, ")
                .append(Formats.value(focus.unit(), focus.value())).append(" with it)");
        List<String> others = outcomes(kpis).stream().filter(k -> k != focus)
                .sorted(Comparator.comparingDouble(KpiStudies::relativeChange).reversed())
                .map(k -> k.label() + " " + percent(k)).toList();
        if (!others.isEmpty()) {
            s.append("; the others moved less: ").append(String.join(", ", others));
        }
        return s.append(". Changes are measured against the larger of the two values.").toString();
    }

    private static String percent(Kpi k) {
        return String.format(Locale.ROOT, "%s%.1f%%", k.change() < 0 ? "−" : "+", 100 * relativeChange(k));
    }

    /**
     * Why a funded lever leaves a KPI unmoved in the target year: its spending starts later, or the first year its
     * change (±{@link Tornado#LEVER_SPREAD} of its money, or removing it) moves the KPI, or that it never does.
     * Each lever costs at most three extra runs.
     */
    private static final class LeverReach {
        private final ImpactModel model;
        private final Scenario scenario;
        private final int year;
        private final Projection base;
        private final Map<String, List<Projection>> runs = new HashMap<>();

        LeverReach(ImpactModel model, Scenario scenario, int year) {
            this.model = model;
            this.scenario = scenario;
            this.year = year;
            this.base = model.run(scenario);
        }

        String whyNot(String leverId, String seriesId, boolean spread) {
            int start = scenario.lever(leverId).startYear();
            if (start > year) {
                return "its spending starts in " + start;
            }
            List<Projection> variants = runs.computeIfAbsent(leverId, id -> {
                double money = scenario.lever(id).investmentUsdBn();
                return List.of(model.run(scenario.withInvestment(id, money * (1 - Tornado.LEVER_SPREAD))),
                        model.run(scenario.withInvestment(id, money * (1 + Tornado.LEVER_SPREAD))),
                        model.run(scenario.withInvestment(id, 0)));
            });
            String change = spread ? String.format(Locale.ROOT, "±%.0f%% of its money", 100 * Tornado.LEVER_SPREAD)
                    : "removing it";
            int[] years = base.years();
            double[] with = base.byId().get(seriesId);
            for (int i = 0; i < years.length; i++) {
                for (Projection v : spread ? variants.subList(0, 2) : variants.subList(2, 3)) {
                    double other = v.byId().get(seriesId)[i];
                    if (Math.abs(with[i] - other) > 1e-9 * Math.max(1, Math.abs(with[i]))) {
                        return years[i] > year ? change + " first moves it in " + years[i]
                                : change + " moves it in " + years[i] + " but not in " + year;
                    }
                }
            }
            return change + " does not move it in any year " + years[0] + "–" + years[years.length - 1];
        }
    }
}
