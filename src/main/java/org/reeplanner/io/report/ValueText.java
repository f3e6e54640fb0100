package org.reeplanner.io.report;

import java.util.Locale;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.Unit;

/** Values and changes as people read them in a deck or a sentence: percentages, grouped tonnes, USD with units. */
public final class ValueText {
    private ValueText() {
    }

    public static String value(Unit unit, double v) {
        return switch (unit) {
            case FRACTION -> fmt("%.1f%%", 100 * v);
            case TONNES_REO, TONNES_NDFEB -> fmt("%,.0f ", v) + unit.symbol();
            case USD_BN -> fmt("USD %.2f bn", v);
            case USD_PER_KG -> fmt("USD %.2f/kg", v);
            case INDEX -> fmt("%.3f", v);
            case HHI -> fmt("%,.0f", v);
            case DAYS -> fmt("%.0f days", v);
            case MULTIPLIER -> fmt("%.2f×", v);
            default -> fmt("%.4g ", v) + unit.symbol();
        };
    }

    /** A signed change such as {@code −5.2 pp} or {@code +0.25 USD bn}; {@code no change} when there is none. */
    public static String change(Unit unit, double c) {
        if (Math.abs(c) < 1e-12) {
            return "no change";
        }
        String sign = c > 0 ? "+" : "−";
        double a = Math.abs(c);
        return sign + switch (unit) {
            case FRACTION -> fmt("%.1f pp", 100 * a);
            case TONNES_REO, TONNES_NDFEB -> fmt("%,.0f ", a) + unit.symbol();
            case USD_BN -> fmt("%.2f USD bn", a);
            case USD_PER_KG -> fmt("%.2f USD/kg", a);
            case INDEX -> fmt("%.3f", a);
            case HHI -> fmt("%,.0f", a);
            case DAYS -> fmt("%.0f days", a);
            case MULTIPLIER -> fmt("%.2f×", a);
            default -> fmt("%.4g ", a) + unit.symbol();
        };
    }

    /** A model parameter's value in its unit (see {@link org.reeplanner.model.Param#unit()}). */
    public static String parameter(Unit unit, double v) {
        if (unit.isTonnes()) {
            return fmt("%,.0f ", v) + unit.symbol();
        }
        return switch (unit) {
            case FRACTION -> fmt("%.1f%%", 100 * v);
            case PER_YEAR -> fmt("%.1f%%/yr", 100 * v);
            case PER_DOUBLING -> fmt("%.0f%% per doubling", 100 * v);
            case USD_PER_KG -> fmt("USD %.0f/kg", v);
            case DAYS -> fmt("%.0f days", v);
            case YEARS -> fmt("%.1f years", v);
            case DIMENSIONLESS, WEIGHT -> fmt("%.3g", v);
            case FACTOR -> fmt("%.3g×", v);
            default -> fmt("%.3g ", v) + unit.symbol();
        };
    }

    /** Better, worse or neither, in words. */
    public static String verdict(Kpi k) {
        return k.improves() ? "better" : k.worsens() ? "worse" : "";
    }

    /** One plain sentence summing up the target year's headline KPIs against the baseline. */
    public static String narrative(KpiSet kpis) {
        Kpi share = kpis.card(KpiSet.CHINA_SEPARATION);
        Kpi self = kpis.card(KpiSet.SELF_SUFFICIENCY);
        Kpi spend = kpis.card(KpiSet.PROGRAMME_COST);
        Kpi risk = kpis.card(KpiSet.RISK);
        StringBuilder sb = new StringBuilder();
        sb.append("In ").append(kpis.year()).append(", China's share of separation is ")
                .append(value(share.unit(), share.value())).append(" against ")
                .append(value(share.unit(), share.baseline())).append(" without new investment (")
                .append(change(share.unit(), share.change())).append("); allied self-sufficiency is ")
                .append(value(self.unit(), self.value())).append(" (").append(change(self.unit(), self.change()))
                .append(") and the supply-risk index ").append(value(risk.unit(), risk.value())).append(" (")
                .append(change(risk.unit(), risk.change())).append("), for ")
                .append(value(spend.unit(), spend.value())).append(" spent by then.");
        if (kpis.bottleneck() != null) {
            sb.append(" The weakest allied stage is ").append(kpis.bottleneck().label().toLowerCase(Locale.ROOT))
                    .append('.');
        }
        return sb.toString();
    }

    static String fmt(String pattern, double v) {
        return String.format(Locale.ROOT, pattern, v);
    }
}
