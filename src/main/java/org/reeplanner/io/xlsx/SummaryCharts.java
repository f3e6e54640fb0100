package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.ProjectionsSheet.BASELINE_PREFIX;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.reeplanner.io.report.AxisFormat;
import org.reeplanner.io.report.AxisSpec;
import org.reeplanner.io.report.Palette;
import org.reeplanner.io.report.PriceFloor;
import org.reeplanner.io.xlsx.NativeCharts.Ref;
import org.reeplanner.model.FocusAreaCatalog;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Region;
import org.reeplanner.model.Series;
import org.reeplanner.model.Stage;

/**
 * The native charts on the Summary sheet, two per row and four per printed page under the KPIs: separated supply by region, China's share per
 * stage, programme spend with its cumulative line, self-sufficiency (left axis) and the risk index (its own right
 * axis), the NdPr price (its floor in the title), and with Monte Carlo the shaded P10–P90 band of China's separation
 * share with its median. The supply chart also draws world demand and allied output without new investment. They
 * point at the cells of the data sheets, so edits there redraw them.
 */
final class SummaryCharts {
    /**
     * Rows per chart at {@link #ROW_POINTS} each: two chart rows and their gaps (2 × 16 × 15 pt = 480 pt) fill the
     * 494 pt a landscape A4 page prints between its margins at full size, so they fit at whatever scale the page's
     * width sets. Columns A–C and D–H split the printed width between the two charts of a row.
     */
    private static final int ROWS = 15;
    private static final float ROW_POINTS = 15f;
    private static final int ROWS_PER_PAGE = 2;
    /** The P10–P90 band: the separation blue, lightened. */
    private static final int BAND = 0xBFD3F5;
    private static final int[][] COLUMNS = {{0, 3}, {3, 8}};

    private SummaryCharts() {
    }

    /** Adds the charts from {@code firstRow} (at least 1); returns how many were added. */
    static int add(XSSFSheet summary, int firstRow, Projection run, PriceFloor floor, DataRows projections,
                   DataRows costs, DataRows uncertainty) {
        List<XSSFChart> charts = new ArrayList<>();
        int[] slot = {0};
        boolean fan = uncertainty != null && uncertainty.has(Series.SHARE_CHINA_SEPARATION.id() + "@P50");
        int total = fan ? 6 : 5;
        XSSFChart supply = next(summary, firstRow, slot, total, "Separated output by region");
        List<Ref> areas = new ArrayList<>();
        for (Region r : List.of(Region.ALLIED, Region.ROW, Region.CHINA)) {
            areas.add(Ref.solid(r.label(), projections, Series.production(Stage.SEPARATION, r).id(),
                    Palette.region(r)));
        }
        NativeCharts.stackedArea(supply, AxisSpec.of("Thousand t REO per year", AxisFormat.THOUSAND_TONNES), areas,
                List.of(Ref.solid("World demand", projections, Series.DEMAND_GLOBAL_SEPARATION.id(), Palette.DEMAND),
                        Ref.dashed("Allied, no new investment", projections, BASELINE_PREFIX
                                + Series.production(Stage.SEPARATION, Region.ALLIED).id(),
                                Palette.region(Region.ALLIED))));
        charts.add(supply);

        XSSFChart share = next(summary, firstRow, slot, total, "China's share of world output by stage");
        List<Ref> lines = new ArrayList<>();
        for (Stage s : Stage.values()) {
            lines.add(Ref.solid(s.label(), projections, Series.chinaShare(s).id(), Palette.stage(s)));
        }
        for (Stage s : Stage.values()) {
            lines.add(Ref.dashed(s.label() + ", no new investment", projections,
                    BASELINE_PREFIX + Series.chinaShare(s).id(), Palette.stage(s)));
        }
        NativeCharts.lines(share, AxisSpec.fixed("Share of world output", AxisFormat.PERCENT, 0, 1), lines);
        charts.add(share);

        XSSFChart spend = next(summary, firstRow, slot, total, "Programme spend by focus area");
        List<Ref> bars = new ArrayList<>();
        FocusAreaCatalog catalog = run.focusAreas();
        for (int k = 0; k < catalog.size(); k++) {
            if (max(run.spend(k)) > 0) {
                bars.add(Ref.solid(catalog.get(k).name(), costs, Projection.spendId(catalog.get(k).id()),
                        Palette.focusArea(k)));
            }
        }
        if (bars.isEmpty()) {
            bars.add(Ref.solid("Programme spend", costs, Series.SPEND_TOTAL.id(), Palette.focusArea(0)));
        }
        NativeCharts.barsWithLines(spend, AxisSpec.of("Annual spend (USD bn, real 2025)", AxisFormat.USD_BN), bars,
                AxisSpec.of("Cumulative (USD bn)", AxisFormat.USD_BN),
                List.of(Ref.solid("Cumulative spend (right axis)", costs, Series.SPEND_CUMULATIVE.id(),
                        Palette.CUMULATIVE)));
        charts.add(spend);

        XSSFChart risk = next(summary, firstRow, slot, total, "Allied self-sufficiency and supply-risk index");
        NativeCharts.linesWithRightAxis(risk, AxisSpec.fixed("Self-sufficiency (share of allied needs)",
                AxisFormat.PERCENT, 0, 1), List.of(
                Ref.solid("Self-sufficiency", projections, Series.SELF_SUFFICIENCY.id(), Palette.region(Region.ALLIED)),
                Ref.dashed("Self-sufficiency, no new investment", projections,
                        BASELINE_PREFIX + Series.SELF_SUFFICIENCY.id(), Palette.region(Region.ALLIED))),
                AxisSpec.fixed("Supply-risk index (0–1, right axis)", AxisFormat.INDEX, 0, 1), List.of(
                Ref.solid("Supply-risk index (right axis)", projections, Series.RISK_INDEX.id(), Palette.SHORTFALL),
                Ref.dashed("Supply-risk index, no new investment", projections,
                        BASELINE_PREFIX + Series.RISK_INDEX.id(), Palette.SHORTFALL)));
        charts.add(risk);

        XSSFChart price = next(summary, firstRow, slot, total, "NdPr oxide price; " + floor.label());
        NativeCharts.lines(price, AxisSpec.of("USD/kg, real 2025", AxisFormat.USD_PER_KG), List.of(
                Ref.solid("NdPr oxide price", projections, Series.PRICE_NDPR.id(), Palette.PRICE),
                Ref.dashed("No new investment", projections, BASELINE_PREFIX + Series.PRICE_NDPR.id(),
                        Palette.PRICE)));
        charts.add(price);

        if (fan) {
            String id = Series.SHARE_CHINA_SEPARATION.id();
            XSSFChart band = next(summary, firstRow, slot, total, "China's separation share: P10 / P50 / P90");
            int blue = Palette.stage(Stage.SEPARATION);
            NativeCharts.band(band, AxisSpec.zoomed("Share of world separation", AxisFormat.PERCENT),
                    Ref.solid("P10", uncertainty, id + "@P10", blue),
                    Ref.solid("P10–P90 (80% of runs)", uncertainty, id + "@" + UncertaintySheet.WIDTH, blue),
                    Ref.solid("P50 (median)", uncertainty, id + "@P50", blue), BAND);
            charts.add(band);
        }
        return charts.size();
    }

    /** The next chart's place: two a row, the last one alone across the whole width. */
    private static XSSFChart next(XSSFSheet sheet, int firstRow, int[] slot, int total, String title) {
        int i = slot[0]++;
        int chartRow = i / 2;
        int top = firstRow + chartRow * (ROWS + 1);
        boolean alone = i == total - 1 && i % 2 == 0;
        int[] cols = alone ? new int[] {0, SummarySheet.LAST_COL + 1} : COLUMNS[i % 2];
        // A last chart alone on its page takes the page: the whole width and both rows' height.
        int rows = alone && chartRow % ROWS_PER_PAGE == 0 ? 2 * ROWS + 1 : ROWS;
        if (i % 2 == 0) {
            if (chartRow % ROWS_PER_PAGE == 0) {
                // Two rows of charts per printed page, the first on a fresh page after the last row of text (not
                // after the blank row below it, which could fill a page alone): no chart breaks.
                sheet.setRowBreak(chartRow == 0 ? top - 2 : top - 1);
            }
            for (int r = top; r <= top + rows; r++) {
                (sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r)).setHeightInPoints(ROW_POINTS);
            }
        }
        return NativeCharts.create(sheet, cols[0], top, cols[1], top + rows, title);
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
