package org.reeplanner.ui.charts;

import java.util.List;
import java.util.Objects;
import org.reeplanner.model.Series;
import org.reeplanner.model.Unit;
import org.reeplanner.ui.common.Messages;

/**
 * A series worth studying (uncertainty fan, tornado, attribution, optimiser): its id, a short name for pickers, its
 * unit, and whether lower values are better (for the optimiser's default direction). The KPI cards' series first.
 */
public record StudySeries(String id, String name, Unit unit, boolean lowerIsBetter) {

    /** Every series offered, the KPI cards' first. */
    public static final List<StudySeries> ALL = List.of(
            of(Series.SHARE_CHINA_SEPARATION, Messages.get("study.chinaSeparation"), true),
            of(Series.SELF_SUFFICIENCY, Messages.get("study.selfSufficiency"), false),
            of(Series.COST_ALLIED, Messages.get("study.processingCost"), true),
            of(Series.SPEND_CUMULATIVE, Messages.get("study.spend"), true),
            of(Series.RISK_INDEX, Messages.get("study.risk"), true),
            of(Series.STRESS_SHORTFALL, Messages.get("study.stressShortfall"), true),
            of(Series.SHARE_CHINA_MINING, Messages.get("study.chinaMining"), true),
            of(Series.SHARE_CHINA_MAGNETS, Messages.get("study.chinaMagnets"), true),
            of(Series.MINING_ALLIED, Messages.get("study.alliedMining"), false),
            of(Series.SEPARATION_ALLIED, Messages.get("study.alliedSeparation"), false),
            of(Series.MAGNETS_ALLIED, Messages.get("study.alliedMagnets"), false),
            of(Series.RECYCLED_ALLIED, Messages.get("study.recycled"), false),
            of(Series.RECOVERY_RATE, Messages.get("study.recovery"), false),
            of(Series.SELF_SUFFICIENCY_SEPARATION, Messages.get("study.selfSufficiencySeparation"), false),
            of(Series.SELF_SUFFICIENCY_MAGNETS, Messages.get("study.selfSufficiencyMagnets"), false),
            of(Series.HHI_SEPARATION, Messages.get("study.hhiSeparation"), true),
            of(Series.STOCKPILE_DAYS, Messages.get("study.stockpileDays"), false),
            of(Series.SHORTFALL, Messages.get("study.shortfall"), true),
            of(Series.PRICE_MULTIPLIER, Messages.get("study.priceMultiplier"), true),
            of(Series.SHORTFALL_COST, Messages.get("study.shortfallCost"), true));

    /** The series offered as an objective: all but money spent, which the budget already fixes. */
    public static List<StudySeries> objectives() {
        return ALL.stream().filter(s -> s.unit() != Unit.USD_BN || !s.id().startsWith("spend.")).toList();
    }

    public static StudySeries byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no study series '" + id + "'"));
    }

    /** The model's series. */
    public Series series() {
        return Objects.requireNonNull(Series.byId(id));
    }

    public UnitScale scale() {
        return UnitScale.of(unit);
    }

    private static StudySeries of(Series s, String name, boolean lowerIsBetter) {
        return new StudySeries(s.id(), name, s.unit(), lowerIsBetter);
    }
}
