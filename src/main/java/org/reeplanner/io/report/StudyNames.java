package org.reeplanner.io.report;

import org.reeplanner.model.Series;

/**
 * The short names of the series a study can be about (uncertainty fan, tornado, attribution, optimiser), as the
 * window's pickers and titles and the exported study charts say them: "China separation share" rather than the
 * model's "China share of separation".
 */
public final class StudyNames {
    private StudyNames() {
    }

    /** The series' short name; the model's label for a series no study offers. */
    public static String of(Series series) {
        return switch (series) {
            case SHARE_CHINA_SEPARATION -> ChartText.get("chart.study.chinaSeparation");
            case SELF_SUFFICIENCY -> ChartText.get("chart.study.selfSufficiency");
            case COST_ALLIED -> ChartText.get("chart.study.processingCost");
            case SPEND_CUMULATIVE -> ChartText.get("chart.study.spend");
            case RISK_INDEX -> ChartText.get("chart.study.risk");
            case STRESS_SHORTFALL -> ChartText.get("chart.study.stressShortfall");
            case SHARE_CHINA_MINING -> ChartText.get("chart.study.chinaMining");
            case SHARE_CHINA_MAGNETS -> ChartText.get("chart.study.chinaMagnets");
            case MINING_ALLIED -> ChartText.get("chart.study.alliedMining");
            case SEPARATION_ALLIED -> ChartText.get("chart.study.alliedSeparation");
            case MAGNETS_ALLIED -> ChartText.get("chart.study.alliedMagnets");
            case RECYCLED_ALLIED -> ChartText.get("chart.study.recycled");
            case RECOVERY_RATE -> ChartText.get("chart.study.recovery");
            case SELF_SUFFICIENCY_SEPARATION -> ChartText.get("chart.study.selfSufficiencySeparation");
            case SELF_SUFFICIENCY_MAGNETS -> ChartText.get("chart.study.selfSufficiencyMagnets");
            case HHI_SEPARATION -> ChartText.get("chart.study.hhiSeparation");
            case STOCKPILE_DAYS -> ChartText.get("chart.study.stockpileDays");
            case SHORTFALL -> ChartText.get("chart.study.shortfall");
            case PRICE_MULTIPLIER -> ChartText.get("chart.study.priceMultiplier");
            case SHORTFALL_COST -> ChartText.get("chart.study.shortfallCost");
            default -> series.label();
        };
    }
}
