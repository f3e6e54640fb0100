package org.reeplanner.ui.analysis;

import java.util.List;
import java.util.Objects;
import org.reeplanner.io.report.StudyNames;
import org.reeplanner.model.Series;
import org.reeplanner.model.Unit;

/**
 * A series worth studying (uncertainty fan, tornado, attribution, optimiser): its id, a short name for pickers (from
 * {@link StudyNames}, as the exports name it), its
 * unit, and whether lower values are better (for the optimiser's default direction). The KPI cards' series first.
 */
public record StudySeries(String id, String name, Unit unit, boolean lowerIsBetter) {

    /** Every series offered, the KPI cards' first. */
    public static final List<StudySeries> ALL = List.of(
            of(Series.SHARE_CHINA_SEPARATION, true),
            of(Series.SELF_SUFFICIENCY, false),
            of(Series.COST_ALLIED, true),
            of(Series.SPEND_CUMULATIVE, true),
            of(Series.RISK_INDEX, true),
            of(Series.STRESS_SHORTFALL, true),
            of(Series.SHARE_CHINA_MINING, true),
            of(Series.SHARE_CHINA_MAGNETS, true),
            of(Series.MINING_ALLIED, false),
            of(Series.SEPARATION_ALLIED, false),
            of(Series.MAGNETS_ALLIED, false),
            of(Series.RECYCLED_ALLIED, false),
            of(Series.RECOVERY_RATE, false),
            of(Series.SELF_SUFFICIENCY_SEPARATION, false),
            of(Series.SELF_SUFFICIENCY_MAGNETS, false),
            of(Series.HHI_SEPARATION, true),
            of(Series.STOCKPILE_DAYS, false),
            of(Series.SHORTFALL, true),
            of(Series.PRICE_MULTIPLIER, true),
            of(Series.SHORTFALL_COST, true));

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

    private static StudySeries of(Series s, boolean lowerIsBetter) {
        return new StudySeries(s.id(), StudyNames.of(s), s.unit(), lowerIsBetter);
    }
}
