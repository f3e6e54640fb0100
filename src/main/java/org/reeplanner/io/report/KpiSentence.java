package org.reeplanner.io.report;

import java.util.Locale;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.KpiSet;

/** The target year's KPIs in words, for the workbook's Summary and the report: a verdict each and one sentence. */
public final class KpiSentence {
    private KpiSentence() {
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
                .append(Formats.value(share.unit(), share.value())).append(" against ")
                .append(Formats.value(share.unit(), share.baseline())).append(" without new investment (")
                .append(Formats.change(share.unit(), share.change())).append("); allied self-sufficiency is ")
                .append(Formats.value(self.unit(), self.value())).append(" (")
                .append(Formats.change(self.unit(), self.change())).append(") and the supply-risk index ")
                .append(Formats.value(risk.unit(), risk.value())).append(" (")
                .append(Formats.change(risk.unit(), risk.change())).append("), for ")
                .append(Formats.value(spend.unit(), spend.value())).append(" spent by then.");
        if (kpis.bottleneck() != null) {
            sb.append(" The weakest allied stage is ").append(kpis.bottleneck().label().toLowerCase(Locale.ROOT))
                    .append('.');
        }
        return sb.toString();
    }
}
