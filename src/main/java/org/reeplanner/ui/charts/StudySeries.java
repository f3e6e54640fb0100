package org.reeplanner.ui.charts;

import java.util.List;
import java.util.Objects;
import org.reeplanner.model.Series;
import org.reeplanner.model.Unit;

/**
 * A series worth studying (uncertainty fan, tornado, attribution, optimiser): its id, a short name for pickers, its
 * unit, and whether lower values are better (for the optimiser's default direction). The KPI cards' series first.
 */
public record StudySeries(String id, String name, Unit unit, boolean lowerIsBetter) {

    /** Every series offered, the KPI cards' first. */
    public static final List<StudySeries> ALL = List.of(
            of(Series.SHARE_CHINA_SEPARATION, "China separation share", true),
            of(Series.SELF_SUFFICIENCY, "Allied self-sufficiency", false),
            of(Series.COST_ALLIED, "Allied processing cost", true),
            of(Series.SPEND_CUMULATIVE, "Total spend to date", true),
            of(Series.RISK_INDEX, "Supply-risk index", true),
            of(Series.STRESS_SHORTFALL, "Stress-test shortfall", true),
            of(Series.SHARE_CHINA_MINING, "China mining share", true),
            of(Series.SHARE_CHINA_MAGNETS, "China magnet share", true),
            of(Series.MINING_ALLIED, "Allied mine output", false),
            of(Series.SEPARATION_ALLIED, "Allied separated output", false),
            of(Series.MAGNETS_ALLIED, "Allied magnet output", false),
            of(Series.RECYCLED_ALLIED, "Allied recycled supply", false),
            of(Series.RECOVERY_RATE, "End-of-life recovery rate", false),
            of(Series.SELF_SUFFICIENCY_SEPARATION, "Allied self-sufficiency, separation", false),
            of(Series.SELF_SUFFICIENCY_MAGNETS, "Allied self-sufficiency, magnets", false),
            of(Series.HHI_SEPARATION, "Concentration of separation (HHI)", true),
            of(Series.STOCKPILE_DAYS, "Stockpile cover", false),
            of(Series.SHORTFALL, "Shortfall in the disruption", true),
            of(Series.PRICE_MULTIPLIER, "Price multiplier in the disruption", true),
            of(Series.SHORTFALL_COST, "Economic cost of the shortfall", true));

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
