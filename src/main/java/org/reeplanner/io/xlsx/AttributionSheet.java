package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.WorkbookLayout.HEADER_ROW;

import java.util.Map;
import org.reeplanner.io.xlsx.XlsxStyles.Role;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.Series;
import org.reeplanner.model.Unit;
import org.reeplanner.model.analysis.AttributionResult;

/**
 * The Attribution sheet: where one series' change against the no-new-investment baseline comes from in the target
 * year, as a waterfall table: the baseline, each funded lever's Shapley share, the changed assumptions and the
 * scenario, with the running total after each step.
 */
final class AttributionSheet {
    static final String[] HEADER = {"Step", "Focus area ID", "Change", "Running total"};

    private AttributionSheet() {
    }

    /** Writes the table; returns the last row written. */
    static int write(SheetBuilder b, AttributionResult a, FocusAreaCatalog catalog) {
        Series series = Series.byId(a.seriesId());
        Unit unit = series == null ? Unit.INDEX : series.unit();
        String label = series == null ? a.seriesId() : series.label();
        b.heading("Attribution: " + label + " in " + a.year(), "Where the change against the same scenario with "
                + "no new investment under the default assumptions comes from. Each lever's part is its Shapley "
                + "value: what it adds, averaged over every order of adding the funded levers. Changed assumptions: "
                + "the scenario under its parameters minus under the defaults. The parts add up to the change. "
                + "Series " + a.seriesId() + ".");
        b.header(HEADER_ROW, HEADER);
        String value = UnitFormats.of(unit);
        String change = UnitFormats.change(unit);
        int row = HEADER_ROW + 1;
        double running = a.baselineValue();
        b.text(row, 0, "No new investment, default assumptions");
        b.number(row, 3, running, value);
        row++;
        for (Map.Entry<String, Double> e : a.leverEffects().entrySet()) {
            int index = catalog.indexOf(e.getKey());
            if (index < 0 || e.getValue() == 0) {
                continue;
            }
            running += e.getValue();
            row = part(b, row, catalog.areas().get(index).name(), e.getKey(), e.getValue(), running, unit);
        }
        running += a.assumptionsEffect();
        row = part(b, row, "Changed assumptions", "", a.assumptionsEffect(), running, unit);
        b.text(row, 0, "Scenario", Role.LABEL);
        b.number(row, 2, a.totalChange(), change);
        b.number(row, 3, a.scenarioValue(), value);
        b.table("AttributionTable", HEADER_ROW, row, HEADER.length - 1);
        b.widths(42, 16, 16, 16);
        b.freeze(0, HEADER_ROW + 1);
        b.printSetup(HEADER_ROW + 1);
        return row;
    }

    private static int part(SheetBuilder b, int row, String name, String id, double effect, double running,
                            Unit unit) {
        b.text(row, 0, name);
        b.text(row, 1, id);
        b.number(row, 2, effect, UnitFormats.change(unit));
        b.number(row, 3, running, UnitFormats.of(unit));
        return row + 1;
    }
}
