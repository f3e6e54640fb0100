package org.reeplanner.io.xlsx;

import static org.reeplanner.io.xlsx.ProjectionsSheet.BASELINE_PREFIX;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.reeplanner.io.report.AxisFormat;
import org.reeplanner.io.report.AxisSpec;
import org.reeplanner.io.report.ChartCatalog;
import org.reeplanner.io.report.ChartDefinition;
import org.reeplanner.io.report.ColourRole;
import org.reeplanner.io.report.Palette;
import org.reeplanner.io.report.PriceFloor;
import org.reeplanner.io.report.SeriesDefinition;
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
 * share with its median, then the processing cost per kg (allied against China) and the stockpile with the
 * disruption's shortfalls, as the window's Costs and Stress tabs show them; labels and colours from the chart
 * catalogue. The supply chart also draws world demand and allied output without new investment. They
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
    /** The P10–P90 band: its colour role, lightened. */
    private static final double BAND_TINT = 0.3;
    private static final int[][] COLUMNS = {{0, 3}, {3, 8}};

    private SummaryCharts() {
    }

    /** Adds the charts from {@code firstRow} (at least 1); returns how many were added. */
    static int add(XSSFSheet summary, int firstRow, Projection run, PriceFloor floor, DataRows projections,
                   DataRows costs, DataRows uncertainty) {
        List<XSSFChart> charts = new ArrayList<>();
        int[] slot = {0};
        boolean fan = uncertainty != null && uncertainty.has(Series.SHARE_CHINA_SEPARATION.id() + "@P50");
        int total = fan ? 8 : 7;
        ChartDefinition sd = ChartCatalog.supply(Stage.SEPARATION);
        XSSFChart supply = next(summary, firstRow, slot, total, sd.title());
        List<Ref> areas = new ArrayList<>();
        for (Region r : ChartCatalog.regionsBottomToTop()) {
            areas.add(Ref.solid(sd.label(r.id()), projections, Series.production(Stage.SEPARATION, r).id(),
                    sd.colour(r.id()).rgb()));
        }
        NativeCharts.stackedArea(supply, sd.y(), areas,
                List.of(Ref.solid(sd.label("demand"), projections, Series.DEMAND_GLOBAL_SEPARATION.id(),
                                sd.colour("demand").rgb()),
                        Ref.dashed(ChartCatalog.ghost(sd.label(Region.ALLIED.id())), projections, BASELINE_PREFIX
                                + Series.production(Stage.SEPARATION, Region.ALLIED).id(),
                                sd.colour(Region.ALLIED.id()).rgb())));
        charts.add(supply);

        ChartDefinition cd = ChartCatalog.chinaShare();
        XSSFChart share = next(summary, firstRow, slot, total, cd.title());
        List<Ref> lines = new ArrayList<>();
        for (Stage s : Stage.values()) {
            lines.add(Ref.solid(cd.label(s.id()), projections, Series.chinaShare(s).id(), cd.colour(s.id()).rgb()));
        }
        for (Stage s : Stage.values()) {
            lines.add(Ref.dashed(ChartCatalog.ghost(cd.label(s.id())), projections,
                    BASELINE_PREFIX + Series.chinaShare(s).id(), cd.colour(s.id()).rgb()));
        }
        NativeCharts.lines(share, cd.y(), lines);
        charts.add(share);

        ChartDefinition pd = ChartCatalog.spend();
        XSSFChart spend = next(summary, firstRow, slot, total, pd.title());
        List<Ref> bars = new ArrayList<>();
        FocusAreaCatalog catalog = run.focusAreas();
        for (int k = 0; k < catalog.size(); k++) {
            if (max(run.spend(k)) > 0) {
                bars.add(Ref.solid(catalog.get(k).name(), costs, Projection.spendId(catalog.get(k).id()),
                        ColourRole.area(k).rgb()));
            }
        }
        if (bars.isEmpty()) {
            bars.add(Ref.solid(pd.label("total"), costs, Series.SPEND_TOTAL.id(), pd.colour("total").rgb()));
        }
        NativeCharts.barsWithLines(spend, pd.y(), bars, pd.y2(), List.of(Ref.solid(pd.label("cumulative"), costs,
                Series.SPEND_CUMULATIVE.id(), pd.colour("cumulative").rgb())));
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

        ChartDefinition nd = ChartCatalog.price();
        XSSFChart price = next(summary, firstRow, slot, total, nd.title() + "; " + floor.label());
        NativeCharts.lines(price, nd.y(), List.of(
                Ref.solid(nd.label("ndpr"), projections, Series.PRICE_NDPR.id(), nd.colour("ndpr").rgb()),
                Ref.dashed(ChartCatalog.ghost(nd.label("ndpr")), projections,
                        BASELINE_PREFIX + Series.PRICE_NDPR.id(), nd.colour("ndpr").rgb())));
        charts.add(price);

        if (fan) {
            String id = Series.SHARE_CHINA_SEPARATION.id();
            ChartDefinition fd = ChartCatalog.fan(Series.SHARE_CHINA_SEPARATION);
            XSSFChart band = next(summary, firstRow, slot, total, fd.title());
            int colour = fd.colour("range").rgb();
            NativeCharts.band(band, fd.y(), Ref.solid("P10", uncertainty, id + "@P10", colour),
                    Ref.solid(fd.label("range"), uncertainty, id + "@" + UncertaintySheet.WIDTH, colour),
                    Ref.solid(fd.label("median"), uncertainty, id + "@P50", fd.colour("median").rgb()),
                    fd.colour("range").tint(BAND_TINT));
            charts.add(band);
        }

        ChartDefinition kd = ChartCatalog.processingCost();
        XSSFChart cost = next(summary, firstRow, slot, total, kd.title());
        NativeCharts.lines(cost, kd.y(), List.of(
                Ref.solid(kd.label("allied"), projections, Series.COST_ALLIED.id(), kd.colour("allied").rgb()),
                Ref.solid(kd.label("china"), projections, Series.COST_CHINA.id(), kd.colour("china").rgb()),
                Ref.dashed(ChartCatalog.ghost(kd.label("allied")), projections,
                        BASELINE_PREFIX + Series.COST_ALLIED.id(), kd.colour("allied").rgb())));
        charts.add(cost);

        ChartDefinition td = ChartCatalog.stockpile();
        XSSFChart stock = next(summary, firstRow, slot, total, td.title());
        List<Ref> stress = new ArrayList<>();
        Series[] ids = {Series.STOCKPILE_T, Series.SHORTFALL, Series.STRESS_SHORTFALL};
        for (int i = 0; i < ids.length; i++) {
            SeriesDefinition s = td.series().get(i);
            stress.add(Ref.solid(s.label(), projections, ids[i].id(), s.colour().rgb()));
        }
        NativeCharts.lines(stock, td.y(), stress);
        charts.add(stock);
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
