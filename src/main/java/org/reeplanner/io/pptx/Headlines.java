package org.reeplanner.io.pptx;

import java.util.Locale;
import org.reeplanner.io.report.ChartSpec;
import org.reeplanner.io.report.EventFigures;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.StandardCharts;
import org.reeplanner.io.report.Formats;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Region;
import org.reeplanner.model.Series;
import org.reeplanner.model.Stage;
import org.reeplanner.model.analysis.Band;

/** The headline over a chart slide: the chart's message in one line, with the target year's numbers. */
final class Headlines {
    private Headlines() {
    }

    static String of(ChartSpec chart, ReportContent c) {
        int year = c.targetYear();
        Projection run = c.scenario();
        Projection base = c.baseline();
        String id = chart.id();
        if (id.startsWith(StandardCharts.SUPPLY)) {
            Stage stage = Stage.fromId(id.substring(StandardCharts.SUPPLY.length()));
            Series allied = Series.production(stage, Region.ALLIED);
            return String.format(Locale.ROOT, "%s: allied output %s in %d (%s without new investment)",
                    stage.label(), kilotonnes(run.value(allied, year)), year, kilotonnes(base.value(allied, year)));
        }
        if (id.equals(StandardCharts.CHINA_SHARE)) {
            Series s = Series.SHARE_CHINA_SEPARATION;
            return String.format(Locale.ROOT, "China's separation share: %.0f%% in %d (%.0f%% without new investment)",
                    100 * run.value(s, year), year, 100 * base.value(s, year));
        }
        if (id.equals(StandardCharts.COSTS)) {
            return String.format(Locale.ROOT, "USD %.1f bn programme; USD %.1f bn in present value",
                    run.value(Series.SPEND_CUMULATIVE, run.lastYear()), c.kpis().npvUsdBn());
        }
        if (id.equals(StandardCharts.PRICE)) {
            Series p = Series.PRICE_NDPR;
            return String.format(Locale.ROOT, "NdPr oxide: USD %.0f/kg in %d (USD %.0f/kg without new investment)",
                    run.value(p, year), year, base.value(p, year));
        }
        if (id.equals(StandardCharts.STRESS)) {
            StressFacts event = StressFacts.of(run);
            if (event != null) {
                return event.headline();
            }
            DisruptionEvent e = run.scenario().disruption() == null ? DisruptionEvent.NONE
                    : run.scenario().disruption();
            double t = run.value(Series.STRESS_SHORTFALL, year);
            return String.format(Locale.ROOT, "No export restriction in this scenario; if China withheld %.0f%% "
                    + "for %d months from %d, allied buyers would %s", 100 * e.severity(), e.months(), year,
                    t < 0.5 ? "not be short" : "be " + tonnes(t) + " short");
        }
        if (id.startsWith(StandardCharts.UNCERTAINTY) && c.bands() != null) {
            String seriesId = run.seriesInfo().stream().map(i -> i.id())
                    .filter(sid -> id.equals(StandardCharts.UNCERTAINTY
                            + sid.replace('.', '-').toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            if (seriesId != null) {
                Band b = c.bands().band(seriesId);
                int i = run.indexOf(year);
                var unit = run.seriesInfo().stream().filter(x -> x.id().equals(seriesId)).findFirst()
                        .orElseThrow().unit();
                return String.format(Locale.ROOT, "%s %d: 80%% of runs between %s and %s", chart.title()
                        .replaceFirst(":.*", ""), year, Formats.value(unit, b.p10()[i]),
                        Formats.value(unit, b.p90()[i]));
            }
        }
        return chart.title();
    }

    private static String kilotonnes(double t) {
        return String.format(Locale.ROOT, "%,.0f kt", t / 1000);
    }

    private static String tonnes(double t) {
        return StressFacts.tonnes(t);
    }
}
