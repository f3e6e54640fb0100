package org.reeplanner.io.xlsx;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.reeplanner.io.report.EventFigures;
import org.reeplanner.io.report.LeverChangeText;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportStamp;
import org.reeplanner.io.report.Formats;
import org.reeplanner.io.report.KpiSentence;
import org.reeplanner.io.report.Sensitivity;
import org.reeplanner.io.xlsx.XlsxStyles.Role;
import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Kpi;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.Param;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Unit;
import org.reeplanner.model.analysis.TornadoBar;

/**
 * The Summary sheet: what was run (scenario, date, model version, horizon, demand, levers off the preset, event,
 * Monte Carlo), one sentence
 * on the outcome, and the six KPIs of the target year against the no-new-investment baseline. Charts go below.
 */
final class SummarySheet {
    static final String[] KPI_HEADER = {"KPI", "Series ID", "Unit", "Scenario", "Baseline (no new investment)",
        "Change (scenario − baseline)", "Better when", "Verdict"};
    static final int LAST_COL = 7;
    /** Values up to this length stay in column B; longer ones wrap over columns B–H (about 110 characters). */
    private static final int SHORT_VALUE = 40;
    private static final int VALUE_CHARS = 110;
    /** How many of the tornado's widest parameters the Summary lists as key assumptions. */
    static final int KEY_ASSUMPTIONS = 6;

    private SummarySheet() {
    }

    /** Writes the sheet; returns the first free row, where charts may start. */
    static int write(SheetBuilder b, ReportContent c) {
        Scenario s = c.scenarioInput();
        ReportStamp stamp = c.stamp();
        b.text(0, 0, ReportStamp.PRODUCT + ": scenario report", Role.TITLE);
        b.sheet().getRow(0).setHeightInPoints(22);
        b.text(1, 0, s.name(), Role.SUBTITLE);
        int r = 3;
        r = pair(b, r, "Scenario", s.name());
        if (!s.description().isBlank()) {
            r = wrapped(b, r, "Description", s.description());
        }
        r = pair(b, r, "Exported", stamp.date().toString());
        r = pair(b, r, "Model version", stamp.versionText());
        r = pair(b, r, "Horizon", c.scenario().firstYear() + "–" + c.scenario().lastYear());
        r = pair(b, r, "Demand case", s.demandCase().label());
        b.text(r, 0, "Total programme", Role.LABEL);
        b.number(r++, 1, s.totalInvestmentUsdBn(), UnitFormats.USD_BN, Role.NUMBER_LEFT);
        r = wrapped(b, r, "Levers off the preset", LeverChangeText.summary(c.leverChanges())
                + (c.leverChanges().isEmpty() ? "" : " (ReadMe sheet)"));
        r = pair(b, r, "Disruption event", event(s.disruption(), c.scenario()));
        r = pair(b, r, "Assumptions", s.assumptions().isEmpty() ? "default (every parameter at its sourced value)"
                : "changed (" + s.assumptions().size() + "): " + String.join(", ", s.assumptions().entrySet().stream()
                        .map(e -> e.getKey().key() + " = " + Formats.parameter(e.getKey().unit(), e.getValue()))
                        .toList()) + " (Assumptions sheet)");
        r = pair(b, r, "Uncertainty", c.bands() == null ? "not run (Monte Carlo adds the Uncertainty sheet)"
                : String.format(Locale.ROOT, "%,d Monte Carlo runs, seed %d (Uncertainty sheet)", c.bands().runs(),
                c.bands().seed()));
        r++;
        b.text(r++, 0, "In short", Role.SUBTITLE);
        String narrative = c.narrative();
        b.text(r, 0, narrative, Role.WRAP);
        merge(b, r, 0, LAST_COL);
        b.sheet().getRow(r).setHeightInPoints(lines(narrative, 120) * 15f + 4);
        r += 2;
        b.text(r++, 0, "Key results for " + c.targetYear() + " against the same scenario without new investment",
                Role.SUBTITLE);
        r = kpiTable(b, r, c.kpis());
        r++;
        b.text(r, 0, "Bottleneck stage " + c.targetYear(), Role.LABEL);
        b.text(r++, 1, c.kpis().bottleneck() == null ? "none" : c.kpis().bottleneck().label());
        b.text(r, 0, "Present value of spend", Role.LABEL);
        b.number(r++, 1, c.kpis().npvUsdBn(), UnitFormats.USD_BN, Role.NUMBER_LEFT);
        if (c.sensitivity() != null) {
            r = keyAssumptions(b, r, c);
        }
        b.widths(34, 24, 13, 15, 15, 15, 12, 10);
        b.freeze(0, 2);
        b.printSetup(0);
        return r + 1;
    }

    /** A label and a text that may run long, wrapped across the columns to the right. */
    private static int wrapped(SheetBuilder b, int r, String label, String text) {
        b.text(r, 0, label, Role.LABEL);
        b.text(r, 1, text, Role.WRAP);
        merge(b, r, 1, LAST_COL);
        b.sheet().getRow(r).setHeightInPoints(lines(text, VALUE_CHARS) * 15f);
        return r + 1;
    }

    /** The parameters that move the studied KPI most (the Sensitivity sheet's widest parameter bars). */
    private static int keyAssumptions(SheetBuilder b, int r, ReportContent c) {
        Sensitivity s = c.sensitivity();
        List<TornadoBar> drivers = s.bars().stream().filter(bar -> bar.kind() == TornadoBar.Kind.PARAMETER
                && bar.swing() > 0 && Param.fromKey(bar.key()) != null).limit(KEY_ASSUMPTIONS).toList();
        b.text(r++, 0, "Key assumptions: the parameters that move " + s.series().label() + " in " + s.year()
                + " most", Role.SUBTITLE);
        Kpi focus = c.kpis().cards().stream().filter(k -> k.id().equals(s.series().id())).findFirst().orElse(null);
        b.text(r++, 0, (focus == null ? "" : String.format(Locale.ROOT, "%s moved most against the baseline "
                + "(%s). ", focus.label(), Formats.change(focus.unit(), focus.change())))
                + "Widest swing first; every input and every KPI's study are on the Sensitivity sheet.", Role.NOTE);
        if (drivers.isEmpty()) {
            b.text(r++, 0, "(no parameter moves it)", Role.NOTE);
            return r;
        }
        String[] header = {"Parameter", "", "Value used", "Low", "High", "Swing (" + s.series().unit().symbol() + ")",
            "Key", ""};
        for (int col = 0; col < header.length; col++) {
            b.text(r, col, header[col], Role.HEADER);
        }
        merge(b, r, 0, 1);
        merge(b, r++, 6, 7);
        String swing = s.series().unit() == Unit.FRACTION ? "0.00%" : UnitFormats.of(s.series().unit());
        for (TornadoBar bar : drivers) {
            String format = UnitFormats.ofParameter(bar.unit());
            b.text(r, 0, bar.label());
            merge(b, r, 0, 1);
            b.number(r, 2, c.parameters().base(Param.fromKey(bar.key())), format);
            b.number(r, 3, bar.inputLow(), format);
            b.number(r, 4, bar.inputHigh(), format);
            b.number(r, 5, bar.swing(), swing);
            b.text(r, 6, bar.key());
            merge(b, r, 6, 7);
            r++;
        }
        return r;
    }

    private static int kpiTable(SheetBuilder b, int header, KpiSet kpis) {
        b.header(header, KPI_HEADER);
        b.text(header, 3, "Scenario " + kpis.year(), Role.HEADER);
        b.text(header, 4, "Baseline " + kpis.year(), Role.HEADER);
        int row = header + 1;
        for (Kpi k : kpis.cards()) {
            String format = UnitFormats.of(k.unit());
            b.text(row, 0, k.label());
            b.text(row, 1, k.id());
            b.text(row, 2, k.unit().symbol());
            b.number(row, 3, k.value(), format);
            b.number(row, 4, k.baseline(), format);
            b.formula(row, 5, new CellReference(row, 3).formatAsString() + "-" + new CellReference(row, 4)
                    .formatAsString(), k.change(), UnitFormats.change(k.unit()));
            b.text(row, 6, switch (k.better()) {
                case LOWER -> "lower";
                case HIGHER -> "higher";
                case NEITHER -> "(cost)";
            });
            b.text(row, 7, KpiSentence.verdict(k));
            row++;
        }
        b.table("KpiTable", header, row - 1, LAST_COL);
        return row;
    }

    /** A label and its value; a value longer than its column wraps over the rest of the printed width. */
    private static int pair(SheetBuilder b, int row, String label, String value) {
        b.text(row, 0, label, Role.LABEL);
        if (value.length() <= SHORT_VALUE) {
            b.text(row, 1, value);
        } else {
            b.text(row, 1, value, Role.WRAP);
            merge(b, row, 1, LAST_COL);
            b.sheet().getRow(row).setHeightInPoints(lines(value, VALUE_CHARS) * 15f);
        }
        return row + 1;
    }

    private static void merge(SheetBuilder b, int row, int from, int to) {
        b.sheet().addMergedRegion(new CellRangeAddress(row, row, from, to));
    }

    private static int lines(String text, int charsPerLine) {
        return Math.max(1, Math.min(20, (int) Math.ceil(text.length() / (double) charsPerLine)));
    }

    /** What the restriction hits, its months and depth, and what each element group is left short in {@code run}. */
    static String event(DisruptionEvent e, Projection run) {
        if (e == null || !e.enabled()) {
            return "none";
        }
        return "China restricts exports to allied buyers: " + EventFigures.describe(e) + "; left short: "
                + EventFigures.shortfalls(run) + "; " + EventFigures.prices(run);
    }
}
