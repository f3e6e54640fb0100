package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.WorkbookLayout.HEADER_ROW;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.reeplanner.io.xlsx.XlsxStyles.Role;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Series;

/**
 * The Costs sheet: programme spend per year by focus area and by country, the total, cumulative spend and the present
 * value of spend to date (USD bn, real 2025), with totals over the horizon, and the whole-horizon cost figures.
 */
final class CostsSheet {
    static final int FIRST_YEAR_COL = 3;
    /** The column the cost figures' values start in, below the unit column. */
    private static final int VALUE_COL = 2;

    private CostsSheet() {
    }

    /** One row of the table: its ID, label, values, and whether a total over the years makes sense. */
    private record Item(String id, String label, double[] values, boolean flow) {
    }

    static DataRows write(SheetBuilder b, Projection run, KpiSet kpis, double discountRate) {
        b.heading("Costs: " + run.scenario().name(), "Programme spend in USD bn (real 2025). The present value "
                + "discounts each year's spend to 2025 at " + String.format(java.util.Locale.ROOT, "%.1f%%",
                100 * discountRate) + " a year.");
        int[] years = run.years();
        int lastYearCol = FIRST_YEAR_COL + years.length - 1;
        int totalCol = lastYearCol + 1;
        b.text(HEADER_ROW, 0, "Item ID", Role.HEADER);
        b.text(HEADER_ROW, 1, "Item", Role.HEADER);
        b.text(HEADER_ROW, 2, "Unit", Role.HEADER);
        b.yearHeader(HEADER_ROW, FIRST_YEAR_COL, years);
        b.text(HEADER_ROW, totalCol, "Total " + years[0] + "–" + years[years.length - 1], Role.HEADER);
        DataRows rows = new DataRows(b.sheet(), HEADER_ROW, FIRST_YEAR_COL, lastYearCol, 1);
        int row = HEADER_ROW + 1;
        for (Item item : items(run)) {
            b.text(row, 0, item.id());
            b.text(row, 1, item.label());
            b.text(row, 2, "USD bn");
            double sum = 0;
            for (int i = 0; i < years.length; i++) {
                b.number(row, FIRST_YEAR_COL + i, item.values()[i], UnitFormats.USD_BN);
                sum += item.values()[i];
            }
            if (item.flow()) {
                b.formula(row, totalCol, "SUM(" + new CellRangeAddress(row, row, FIRST_YEAR_COL, lastYearCol)
                        .formatAsString() + ")", sum, UnitFormats.USD_BN);
            } else {
                b.text(row, totalCol, "");
            }
            rows.put(item.id(), row);
            row++;
        }
        b.filter(HEADER_ROW, row - 1, totalCol);
        row = figures(b, row + 2, run, kpis);
        b.yearTable(HEADER_ROW, totalCol, lastYearCol, 26, 40, 8);
        return rows;
    }

    private static List<Item> items(Projection run) {
        List<Item> items = new ArrayList<>();
        FocusAreaCatalog catalog = run.focusAreas();
        for (int k = 0; k < catalog.size(); k++) {
            items.add(new Item(Projection.spendId(catalog.get(k).id()), "Spend, " + catalog.get(k).name(),
                    run.spend(k), true));
        }
        items.add(new Item(Series.SPEND_TOTAL.id(), "Programme spend, all focus areas",
                run.values(Series.SPEND_TOTAL), true));
        items.add(new Item(Series.SPEND_US.id(), "Paid by the United States", run.values(Series.SPEND_US), true));
        items.add(new Item(Series.SPEND_AU.id(), "Paid by Australia", run.values(Series.SPEND_AU), true));
        items.add(new Item(Series.SPEND_CUMULATIVE.id(), "Cumulative programme spend",
                run.values(Series.SPEND_CUMULATIVE), false));
        items.add(new Item(Series.SPEND_NPV.id(), "Present value of spend to date", run.values(Series.SPEND_NPV),
                false));
        return items;
    }

    /** The whole-horizon cost figures: each label over columns A–B, its value over C–E (wider than a year). */
    private static int figures(SheetBuilder b, int row, Projection run, KpiSet kpis) {
        b.text(row, 0, "Cost figures", Role.SUBTITLE);
        figure(b, row + 1, "Present value of all spend", kpis.npvUsdBn(), UnitFormats.USD_BN);
        figure(b, row + 2, "USD per t/yr of new non-China supply, " + kpis.year(),
                kpis.usdPerTonnePerYearOfNewSupply(), "\"USD \"#,##0\" per t/yr\"");
        figure(b, row + 3, "USD bn per point cut in China's separation share, " + kpis.year(),
                kpis.usdBnPerPointOfChinaShare(), UnitFormats.USD_BN);
        return row + 4;
    }

    private static void figure(SheetBuilder b, int row, String label, Double value, String format) {
        b.text(row, 0, label, Role.LABEL);
        b.sheet().addMergedRegion(new CellRangeAddress(row, row, 0, 1));
        if (value == null) {
            b.text(row, VALUE_COL, "n/a (no gain or no spend)", Role.NOTE);
        } else {
            b.number(row, VALUE_COL, value, format, Role.NUMBER_LEFT);
        }
        b.sheet().addMergedRegion(new CellRangeAddress(row, row, VALUE_COL, VALUE_COL + 2));
    }
}
