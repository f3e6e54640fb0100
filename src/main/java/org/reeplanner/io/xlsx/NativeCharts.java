package org.reeplanner.io.xlsx;

import java.util.List;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.reeplanner.io.office.XddfStyle;
import org.reeplanner.io.report.AxisSpec;
import org.reeplanner.io.report.XmlText;

/**
 * Native Excel charts (XDDF) on cells of the workbook: lines, stacked areas, stacked bars with a cumulative line on
 * a second axis. Every series gets an explicit colour and line style, colours do not vary by point, and axes carry
 * number formats: without these LibreOffice draws line series invisible.
 */
final class NativeCharts {
    /** One series: its legend name, where its values are, colour as 0xRRGGBB and whether its line is dashed. */
    record Ref(String name, DataRows rows, String key, int rgb, boolean dashed) {

        static Ref solid(String name, DataRows rows, String key, int rgb) {
            return new Ref(name, rows, key, rgb, false);
        }

        static Ref dashed(String name, DataRows rows, String key, int rgb) {
            return new Ref(name, rows, key, rgb, true);
        }
    }

    private NativeCharts() {
    }

    /** A chart on {@code sheet} spanning columns {@code col1..col2} (exclusive) and rows {@code row1..row2}. */
    static XSSFChart create(XSSFSheet sheet, int col1, int row1, int col2, int row2, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(XmlText.clean(title));
        chart.setTitleOverlay(false);
        for (CTRegularTextRun run : chart.getCTChart().getTitle().getTx().getRich().getPArray(0).getRList()) {
            CTTextCharacterProperties props = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
            props.setSz(1200);
            props.setB(true);
        }
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    static void lines(XSSFChart chart, AxisSpec y, List<Ref> refs) {
        XDDFCategoryAxis x = XddfStyle.categoryAxis(chart, "Year");
        XDDFValueAxis v = XddfStyle.valueAxis(chart, AxisPosition.LEFT, y, AxisCrossBetween.MIDPOINT_CATEGORY, true);
        plotLines(chart, x, v, refs);
        XddfStyle.renumber(chart);
    }

    /** Plain lines of {@code refs} on the axes {@code x} and {@code v}. */
    private static void plotLines(XSSFChart chart, XDDFCategoryAxis x, XDDFValueAxis v, List<Ref> refs) {
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, v);
        data.setVaryColors(false);
        data.setGrouping(Grouping.STANDARD);
        addLines(data, refs);
        chart.plot(data);
    }

    static void stackedArea(XSSFChart chart, AxisSpec y, List<Ref> refs) {
        stackedArea(chart, y, refs, List.of());
    }

    /** Stacked areas with {@code lines} (demand, a baseline) drawn over them on the same axes. */
    static void stackedArea(XSSFChart chart, AxisSpec y, List<Ref> refs, List<Ref> lines) {
        XDDFCategoryAxis x = XddfStyle.categoryAxis(chart, "Year");
        XDDFValueAxis v = XddfStyle.valueAxis(chart, AxisPosition.LEFT, y, AxisCrossBetween.MIDPOINT_CATEGORY, true);
        XDDFAreaChartData data = (XDDFAreaChartData) chart.createData(ChartTypes.AREA, x, v);
        data.setVaryColors(false);
        data.setGrouping(Grouping.STACKED);
        for (Ref r : refs) {
            XDDFChartData.Series s = data.addSeries(categories(r), values(r));
            s.setTitle(XmlText.clean(r.name()), null);
            XddfStyle.styleArea(s, r.rgb());
        }
        chart.plot(data);
        if (!lines.isEmpty()) {
            plotLines(chart, x, v, lines);
        }
        XddfStyle.renumber(chart);
    }

    /**
     * An uncertainty band: the range from {@code low} to {@code low + width} shaded in {@code rgb} (a transparent
     * stacked area under a light one), with the {@code median} line over it.
     */
    static void band(XSSFChart chart, AxisSpec y, Ref low, Ref width, Ref median, int bandRgb) {
        XDDFCategoryAxis x = XddfStyle.categoryAxis(chart, "Year");
        XDDFValueAxis v = XddfStyle.valueAxis(chart, AxisPosition.LEFT, y, AxisCrossBetween.MIDPOINT_CATEGORY, true);
        XDDFAreaChartData data = (XDDFAreaChartData) chart.createData(ChartTypes.AREA, x, v);
        data.setVaryColors(false);
        data.setGrouping(Grouping.STACKED);
        XDDFChartData.Series floor = data.addSeries(categories(low), values(low));
        floor.setTitle(XmlText.clean(low.name()), null);
        XddfStyle.styleInvisible(floor);
        XDDFChartData.Series range = data.addSeries(categories(width), values(width));
        range.setTitle(XmlText.clean(width.name()), null);
        XddfStyle.styleShade(range, bandRgb);
        chart.plot(data);
        plotLines(chart, x, v, List.of(median));
        XddfStyle.renumber(chart);
        // the transparent floor is no band: keep it out of the legend
        XddfStyle.hideInvisibleFromLegend(chart);
    }

    /** Lines on the left axis and lines of another unit on a second, right-hand axis. */
    static void linesWithRightAxis(XSSFChart chart, AxisSpec y, List<Ref> left, AxisSpec y2, List<Ref> right) {
        XDDFCategoryAxis x = XddfStyle.categoryAxis(chart, "Year");
        XDDFValueAxis v = XddfStyle.valueAxis(chart, AxisPosition.LEFT, y, AxisCrossBetween.MIDPOINT_CATEGORY, true);
        plotLines(chart, x, v, left);
        rightAxisLines(chart, y2, right, AxisCrossBetween.MIDPOINT_CATEGORY);
        XddfStyle.renumber(chart);
    }

    /** Stacked columns on the left axis and lines on a second, right-hand axis. */
    static void barsWithLines(XSSFChart chart, AxisSpec y, List<Ref> bars, AxisSpec y2, List<Ref> lines) {
        XDDFCategoryAxis x = XddfStyle.categoryAxis(chart, "Year");
        XDDFValueAxis v = XddfStyle.valueAxis(chart, AxisPosition.LEFT, y, AxisCrossBetween.BETWEEN, true);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, v);
        data.setVaryColors(false);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        for (Ref r : bars) {
            XDDFChartData.Series s = data.addSeries(categories(r), values(r));
            s.setTitle(XmlText.clean(r.name()), null);
            XddfStyle.styleBar(s, r.rgb());
        }
        chart.plot(data);
        XddfStyle.stackBars(chart.getCTChart().getPlotArea().getBarChartArray(0));
        rightAxisLines(chart, y2, lines, AxisCrossBetween.BETWEEN);
        XddfStyle.renumber(chart);
    }

    /** Lines on a second value axis on the right, over a hidden second category axis. */
    private static void rightAxisLines(XSSFChart chart, AxisSpec y2, List<Ref> lines, AxisCrossBetween between) {
        XddfStyle.Axes right = XddfStyle.rightAxes(chart, y2, between);
        plotLines(chart, right.x(), right.y(), lines);
    }

    private static void addLines(XDDFLineChartData data, List<Ref> refs) {
        for (Ref r : refs) {
            XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(categories(r), values(r));
            s.setTitle(XmlText.clean(r.name()), null);
            XddfStyle.styleLine(s, r.rgb(), r.dashed(), XddfStyle.LINE_POINTS);
        }
    }

    private static XDDFDataSource<Double> categories(Ref r) {
        return XDDFDataSourcesFactory.fromNumericCellRange(r.rows().sheet(), r.rows().years());
    }

    private static org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource<Double> values(Ref r) {
        return XDDFDataSourcesFactory.fromNumericCellRange(r.rows().sheet(), r.rows().values(r.key()));
    }
}
