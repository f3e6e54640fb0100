package org.reeplanner.cli;

import java.io.PrintWriter;
import java.util.List;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;
import org.reeplanner.model.Unit;
import org.reeplanner.model.analysis.Band;
import org.reeplanner.model.analysis.Bands;

/** The short human summary {@code run} prints: the scenario, the overrides and the target-year KPIs. */
final class RunSummary {
    private RunSummary() {
    }

    static void print(PrintWriter out, Projection projection, List<LeverSetting> overrides, KpiSet kpis) {
        Scenario s = projection.scenario();
        int year = kpis.year();
        out.println("Scenario: " + s.name() + " (" + projection.firstYear() + "-" + projection.lastYear() + ", "
                + s.demandCase().id() + " demand, USD " + Formats.exact(s.totalInvestmentUsdBn())
                + " bn invested" + (s.disruption() != null && s.disruption().enabled() ? ", with disruption" : "")
                + ")");
        for (LeverSetting o : overrides) {
            out.println("  --set " + o.leverId() + " = USD " + Formats.exact(o.usdBn()) + " bn");
        }
        out.println("Key results for " + year + " against the same scenario without new investment:");
        for (Kpi k : kpis.cards()) {
            String verdict = k.improves() ? ", better" : k.worsens() ? ", worse" : "";
            // The event's shortfall names its own years ("Shortfall in the 2027 restriction"), not the target year.
            String when = k.id().equals(KpiSet.EVENT_SHORTFALL) ? "" : " " + year;
            out.println("  " + k.label() + when + ": " + Formats.value(k.unit(), k.value())
                    + " (baseline " + Formats.value(k.unit(), k.baseline()) + ", "
                    + Formats.change(k.unit(), k.change()) + verdict + ")");
        }
        out.println("  Bottleneck stage " + year + ": " + (kpis.bottleneck() == null ? "none"
                : kpis.bottleneck().label()));
        out.println("  Present value of spend " + projection.firstYear() + "-" + projection.lastYear() + ": "
                + Formats.value(Unit.USD_BN, kpis.npvUsdBn()));
        Double perTonne = kpis.usdPerTonnePerYearOfNewSupply();
        out.println("  Spend per tonne/year of new non-China separated supply " + year + ": " + (perTonne == null
                ? "n/a (no new supply or no spend)" : Formats.usdWhole(perTonne) + " per t/yr"));
        Double perPoint = kpis.usdBnPerPointOfChinaShare();
        out.println("  Spend per point cut in China's separation share " + year + ": "
                + (perPoint == null ? "n/a (no cut or no spend)" : Formats.value(Unit.USD_BN, perPoint)));
    }

    /** The P10–P90 range of the KPI series in the target year. */
    static void printBands(PrintWriter out, Bands bands, int year) {
        int i = year - bands.years()[0];
        out.println("Uncertainty " + year + " (" + bands.runs() + " Monte Carlo runs, seed " + bands.seed()
                + "), P10 / P50 / P90:");
        for (String id : List.of(KpiSet.CHINA_SEPARATION, KpiSet.SELF_SUFFICIENCY, KpiSet.PROCESSING_COST,
                KpiSet.RISK, KpiSet.STRESS_SHORTFALL)) {
            Band b = bands.band(id);
            Unit unit = Series.byId(id).unit();
            out.println("  " + id + ": " + Formats.value(unit, b.p10()[i]) + " / "
                    + Formats.value(unit, b.p50()[i]) + " / " + Formats.value(unit, b.p90()[i]));
        }
    }
}
