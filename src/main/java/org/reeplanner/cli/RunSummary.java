package org.reeplanner.cli;

import java.io.PrintWriter;
import java.util.List;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;

/** The short human summary {@code run} prints: the scenario, the overrides and the target-year KPIs. */
final class RunSummary {
    private RunSummary() {
    }

    static void print(PrintWriter out, Projection projection, List<LeverSetting> overrides, KpiSet kpis) {
        Scenario s = projection.scenario();
        int year = kpis.year();
        out.println("Scenario: " + s.name() + " (" + projection.firstYear() + "-" + projection.lastYear() + ", "
                + s.demandCase().id() + " demand, USD " + HumanFormat.number(s.totalInvestmentUsdBn())
                + " bn invested" + (s.disruption() != null && s.disruption().enabled() ? ", with disruption" : "")
                + ")");
        for (LeverSetting o : overrides) {
            out.println("  --set " + o.leverId() + " = USD " + HumanFormat.number(o.usdBn()) + " bn");
        }
        out.println("Key results for " + year + " against the same scenario without new investment:");
        for (Kpi k : kpis.cards()) {
            // Spend is the price paid, not an outcome: calling it "worse" would mislead.
            boolean outcome = !KpiSet.PROGRAMME_COST.equals(k.id());
            String verdict = !outcome ? "" : k.improves() ? ", better" : k.worsens() ? ", worse" : "";
            out.println("  " + k.label() + " " + year + ": " + HumanFormat.value(k.unit(), k.value())
                    + " (baseline " + HumanFormat.value(k.unit(), k.baseline()) + ", "
                    + HumanFormat.change(k.unit(), k.change()) + verdict + ")");
        }
        out.println("  Bottleneck stage " + year + ": " + (kpis.bottleneck() == null ? "none"
                : kpis.bottleneck().label()));
        out.println("  Present value of spend " + projection.firstYear() + "-" + projection.lastYear() + ": "
                + HumanFormat.fmt("USD %.2f bn", kpis.npvUsdBn()));
        Double perTonne = kpis.usdPerTonnePerYearOfNewSupply();
        out.println("  Spend per tonne/year of new non-China separated supply " + year + ": " + (perTonne == null
                ? "n/a (no new supply or no spend)" : HumanFormat.fmt("USD %,.0f per t/yr", perTonne)));
        Double perPoint = kpis.usdBnPerPointOfChinaShare();
        out.println("  Spend per point cut in China's separation share " + year + ": "
                + (perPoint == null ? "n/a (no cut or no spend)" : HumanFormat.fmt("USD %.2f bn", perPoint)));
    }
}
