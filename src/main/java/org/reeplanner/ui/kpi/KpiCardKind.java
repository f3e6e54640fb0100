package org.reeplanner.ui.kpi;

import java.util.function.DoubleFunction;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Series;
import org.reeplanner.io.report.Formats;
import org.reeplanner.ui.common.Messages;

/**
 * The headline cards in display order: which KPI each shows, its stable id, its title and its formats. A card's
 * currency stands in its title ("Allied processing cost (USD/kg)"), so its value and change are bare numbers that
 * fit a narrow card ("21.0", "−4.7"). Six are the
 * model's headline KPIs ({@link KpiSet}); the heavy rare-earth self-sufficiency card reads its series directly.
 */
public enum KpiCardKind {
    CHINA_SEPARATION(KpiSet.CHINA_SEPARATION, "kpi-share-china-separation", Messages.key("kpi.chinaSeparation"),
            Messages.key("kpi.chinaSeparation.short"),
            Formats::percent, Formats::pointsChange),
    SELF_SUFFICIENCY(KpiSet.SELF_SUFFICIENCY, "kpi-self-sufficiency", Messages.key("kpi.selfSufficiency"),
            Messages.key("kpi.selfSufficiency.short"),
            Formats::percent, Formats::pointsChange),
    HEAVY_SELF_SUFFICIENCY(Series.SELF_SUFFICIENCY_HEAVY.id(), "kpi-self-sufficiency-heavy",
            Messages.key("kpi.selfSufficiencyHeavy"),
            Messages.key("kpi.selfSufficiencyHeavy.short"), Formats::percent, Formats::pointsChange),
    PROCESSING_COST(KpiSet.PROCESSING_COST, "kpi-processing-cost", Messages.key("kpi.processingCost"),
            Messages.key("kpi.processingCost.short"),
            v -> Formats.fixed(v, 1), v -> Formats.signed(v, 1)),
    PROGRAMME_SPEND(KpiSet.PROGRAMME_COST, "kpi-programme-spend", Messages.key("kpi.programmeSpend"),
            Messages.key("kpi.programmeSpend.short"),
            v -> Formats.fixed(v, 1), v -> Formats.signed(v, 1)),
    SUPPLY_RISK(KpiSet.RISK, "kpi-supply-risk", Messages.key("kpi.supplyRisk"),
            Messages.key("kpi.supplyRisk.short"),
            Formats::index, Formats::indexChange),
    STRESS_SHORTFALL(KpiSet.STRESS_SHORTFALL, "kpi-stress-shortfall", Messages.key("kpi.stressShortfall"),
            Messages.key("kpi.stressShortfall.short"),
            Formats::tonnes, Formats::tonnesChange);

    private final String kpiId;
    private final String cardId;
    private final String titlePattern;
    private final String shortTitlePattern;
    private final DoubleFunction<String> valueFormat;
    private final DoubleFunction<String> changeFormat;

    KpiCardKind(String kpiId, String cardId, String titlePattern, String shortTitlePattern,
                DoubleFunction<String> valueFormat,
                DoubleFunction<String> changeFormat) {
        this.kpiId = kpiId;
        this.cardId = cardId;
        this.titlePattern = titlePattern;
        this.shortTitlePattern = shortTitlePattern;
        this.valueFormat = valueFormat;
        this.changeFormat = changeFormat;
    }

    /** The id of the KPI in {@link KpiSet} this card shows. */
    public String kpiId() {
        return kpiId;
    }

    /**
     * The card's KPI in the year of {@code set}: one of the set's (for the stress card the scenario's own event when
     * it has one, {@link KpiSet#stress()}), or for the heavy card its series in {@code scenario} against
     * {@code baseline} (higher is better).
     */
    public Kpi kpi(KpiSet set, Projection scenario, Projection baseline) {
        if (this == STRESS_SHORTFALL) {
            return set.stress();
        }
        if (this != HEAVY_SELF_SUFFICIENCY) {
            return set.card(kpiId);
        }
        Series s = Series.SELF_SUFFICIENCY_HEAVY;
        return new Kpi(s.id(), s.label(), s.unit(), scenario.value(s, set.year()), baseline.value(s, set.year()),
                Kpi.Better.HIGHER);
    }

    /** The stable node id of the card, for CSS and tests. */
    public String cardId() {
        return cardId;
    }

    public String title(int year) {
        return Messages.format(titlePattern, year);
    }

    /** The title on a compact card: at most two short lines, no word too long for a narrow card. */
    public String shortTitle(int year) {
        return Messages.format(shortTitlePattern, year);
    }

    public String formatValue(double value) {
        return valueFormat.apply(value);
    }

    public String formatChange(double change) {
        return changeFormat.apply(change);
    }
}
