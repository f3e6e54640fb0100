package org.reeplanner.ui.kpi;

import java.util.function.DoubleFunction;
import org.reeplanner.model.KpiSet;
import org.reeplanner.ui.common.Formats;
import org.reeplanner.ui.common.Messages;

/** The six headline cards in display order: which KPI each shows, its stable id, its title and its formats. */
public enum KpiCardKind {
    CHINA_SEPARATION(KpiSet.CHINA_SEPARATION, "kpi-share-china-separation", Messages.key("kpi.chinaSeparation"),
            Formats::percent, Formats::pointsChange),
    SELF_SUFFICIENCY(KpiSet.SELF_SUFFICIENCY, "kpi-self-sufficiency", Messages.key("kpi.selfSufficiency"),
            Formats::percent, Formats::pointsChange),
    PROCESSING_COST(KpiSet.PROCESSING_COST, "kpi-processing-cost", Messages.key("kpi.processingCost"),
            Formats::usdPerKg, Formats::usdPerKgChange),
    PROGRAMME_SPEND(KpiSet.PROGRAMME_COST, "kpi-programme-spend", Messages.key("kpi.programmeSpend"),
            Formats::usdBn, Formats::usdBnChange),
    SUPPLY_RISK(KpiSet.RISK, "kpi-supply-risk", Messages.key("kpi.supplyRisk"),
            Formats::index, Formats::indexChange),
    STRESS_SHORTFALL(KpiSet.STRESS_SHORTFALL, "kpi-stress-shortfall", Messages.key("kpi.stressShortfall"),
            Formats::tonnes, Formats::tonnesChange);

    private final String kpiId;
    private final String cardId;
    private final String titlePattern;
    private final DoubleFunction<String> valueFormat;
    private final DoubleFunction<String> changeFormat;

    KpiCardKind(String kpiId, String cardId, String titlePattern, DoubleFunction<String> valueFormat,
                DoubleFunction<String> changeFormat) {
        this.kpiId = kpiId;
        this.cardId = cardId;
        this.titlePattern = titlePattern;
        this.valueFormat = valueFormat;
        this.changeFormat = changeFormat;
    }

    /** The id of the KPI in {@link KpiSet} this card shows. */
    public String kpiId() {
        return kpiId;
    }

    /** The stable node id of the card, for CSS and tests. */
    public String cardId() {
        return cardId;
    }

    public String title(int year) {
        return Messages.format(titlePattern, year);
    }

    public String formatValue(double value) {
        return valueFormat.apply(value);
    }

    public String formatChange(double change) {
        return changeFormat.apply(change);
    }
}
