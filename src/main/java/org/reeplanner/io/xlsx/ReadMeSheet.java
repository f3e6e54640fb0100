package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.WorkbookLayout.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reeplanner.io.FactSheet;
import org.reeplanner.io.SourceCitations;
import org.reeplanner.io.report.LeverChangeText;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportStamp;
import org.reeplanner.io.xlsx.XlsxStyles.Role;
import org.reeplanner.model.LeverChanges;
import org.reeplanner.model.Param;
import org.reeplanner.model.ParameterSpec;

/**
 * The ReadMe sheet, first in the workbook: which scenario, model version and date, which assumptions differ from the
 * sourced defaults (default, value, source), which levers differ from the preset the scenario started from, what
 * each sheet holds, and the sources of the fact-sheet rows the parameters cite (title, publisher, year).
 */
final class ReadMeSheet {
    private ReadMeSheet() {
    }

    static void write(SheetBuilder b, ReportContent c) {
        b.text(0, 0, ReportStamp.PRODUCT + ": read me first", Role.TITLE);
        b.sheet().getRow(0).setHeightInPoints(22);
        b.text(1, 0, "What this workbook holds and where its numbers come from.", Role.NOTE);
        int r = 3;
        r = pair(b, r, "Scenario", c.scenarioInput().name());
        r = pair(b, r, "Model version", c.stamp().versionText());
        r = pair(b, r, "Exported", c.stamp().date().toString());
        r = pair(b, r, "Horizon", c.scenario().firstYear() + "–" + c.scenario().lastYear());
        r = pair(b, r, "Baseline", "the same scenario (demand, event, assumptions) without new investment");
        r++;
        Map<Param, Double> changed = c.scenarioInput().assumptions();
        b.text(r++, 0, "Changed assumptions: " + (changed.isEmpty() ? "none, every parameter is at its sourced "
                + "value" : changed.size() + " differ from the sourced defaults"), Role.SUBTITLE);
        if (!changed.isEmpty()) {
            b.header(r++, "Key", "Parameter", "Default", "This scenario", "Default's source");
            for (var e : changed.entrySet()) {
                ParameterSpec spec = c.defaults().spec(e.getKey());
                b.text(r, 0, e.getKey().key());
                b.text(r, 1, spec.label());
                b.number(r, 2, spec.base(), UnitFormats.ofParameter(e.getKey().unit()));
                b.number(r, 3, e.getValue(), UnitFormats.ofParameter(e.getKey().unit()));
                b.text(r, 4, spec.source());
                r++;
            }
            b.text(r++, 0, "Change a value on the Assumptions sheet and run the workbook again (ree-planner run "
                    + "FILE.xlsx): the edit is carried as a changed assumption.", Role.NOTE);
        }
        r = leverChanges(b, r + 1, c.leverChanges());
        r++;
        b.text(r++, 0, "Sheets", Role.SUBTITLE);
        b.header(r++, "Sheet", "What it holds");
        for (String[] sheet : sheets(c)) {
            b.text(r, 0, sheet[0], Role.LABEL);
            b.text(r, 1, sheet[1], Role.WRAP);
            b.sheet().getRow(r++).setHeightInPoints(15f * (1 + sheet[1].length() / 75));
        }
        r++;
        b.text(r++, 0, "Units: one per column or row, named in its Unit cell; fractions show as percentages; "
                + "changes are scenario − baseline in the same unit.", Role.NOTE);
        b.text(r++, 0, c.stamp().sourceLine() + ".", Role.NOTE);
        sources(b, r + 1, c);
        b.widths(30, 60, 16, 16, 40);
        b.printSetup(0);
    }

    /** The levers off the preset: money in both, and timing and U.S. share where they differ. */
    private static int leverChanges(SheetBuilder b, int r, LeverChanges changes) {
        b.text(r++, 0, "Levers off the preset: " + (changes.compared() && !changes.isEmpty()
                ? LeverChangeText.count(changes) + " changed from " + LeverChangeText.preset(changes)
                : LeverChangeText.summary(changes)), Role.SUBTITLE);
        if (!changes.compared() || changes.isEmpty()) {
            return r;
        }
        b.header(r++, "Focus area ID", "Focus area", "Preset (USD bn)", "Here (USD bn)",
                "Timing and U.S. share, preset → here");
        for (LeverChanges.Change change : changes.changes()) {
            b.text(r, 0, change.focusAreaId());
            b.text(r, 1, change.focusAreaName());
            b.number(r, 2, change.preset().investmentUsdBn(), "0.00");
            b.number(r, 3, change.scenario().investmentUsdBn(), "0.00");
            b.text(r, 4, LeverChangeText.timing(change.preset()) + " → " + LeverChangeText.timing(change.scenario()));
            r++;
        }
        b.text(r++, 0, "The preset is the shipped scenario this one started from (its \"preset\" field, or the "
                + "Inputs sheet's '" + WorkbookLayout.PRESET + "' row).", Role.NOTE);
        return r;
    }

    /** The fact-sheet rows the parameters cite, each with its source as title, publisher and year. */
    private static void sources(SheetBuilder b, int r, ReportContent c) {
        FactSheet facts = FactSheet.readShipped();
        b.text(r++, 0, "Sources: the fact-sheet rows the parameters cite (" + facts.vintage() + ")", Role.SUBTITLE);
        b.header(r++, "Row", "Fact", "Source");
        for (FactSheet.Row row : facts.citedBy(c.parameters())) {
            b.text(r, 0, row.id());
            b.text(r, 1, row.fact());
            b.text(r, 2, SourceCitations.of(row, facts).text());
            r++;
        }
        b.text(r, 0, "The Assumptions sheet gives each parameter's source row; parameters marked \"assumption\" are "
                + "modelling judgements.", Role.NOTE);
    }

    private static List<String[]> sheets(ReportContent c) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {SUMMARY, "Key results for " + c.targetYear() + " against the baseline, and native "
                + "charts of supply, China's share, costs, self-sufficiency and risk, price and uncertainty."});
        rows.add(new String[] {INPUTS, "The scenario's levers (USD bn per focus area, timing, U.S. share) and its "
                + "events; editable, the workbook can be run again."});
        rows.add(new String[] {ASSUMPTIONS, "Every model parameter with value, range and source; editable."});
        rows.add(new String[] {PROJECTIONS, "Every series year by year (numeric year headers), scenario then "
                + "baseline."});
        rows.add(new String[] {COSTS, "Programme spend by focus area and country; totals are =SUM formulas."});
        if (c.bands() != null) {
            rows.add(new String[] {UNCERTAINTY, "P10/P50/P90 of every series from " + c.bands().runs()
                    + " Monte Carlo runs."});
        }
        String studied = c.sensitivity() == null ? "" : c.sensitivity().series().label() + " in "
                + c.sensitivity().year() + " (the KPI that moved most)";
        if (c.sensitivity() != null) {
            rows.add(new String[] {SENSITIVITY, "Tornado of " + studied + ": how far it moves across each "
                    + "parameter's and lever's range; below, the same for every other KPI, with a note on each "
                    + "input that has no effect."});
        }
        if (c.attribution() != null) {
            rows.add(new String[] {ATTRIBUTION, (studied.isEmpty() ? "The KPI" : studied) + " against the "
                    + "baseline, split into the effect of each lever and of the changed assumptions; below, every "
                    + "other KPI."});
        }
        rows.add(new String[] {DATA, "Every series in long format (series, year, scenario, baseline"
                + (c.bands() != null ? ", P10/P50/P90" : "") + ") as the table DataTable, for pivots and filters."});
        return rows;
    }

    private static int pair(SheetBuilder b, int row, String label, String value) {
        b.text(row, 0, label, Role.LABEL);
        b.text(row, 1, value);
        return row + 1;
    }
}
