package org.reeplanner.io.xlsx;

import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
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
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTGapAmount;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.reeplanner.io.report.AxisSpec;
import org.reeplanner.io.report.Palette;
import org.reeplanner.io.report.XmlText;

/**
 * Native Excel charts (XDDF) on cells of the workbook: lines, stacked areas, stacked bars with a cumulative line on
 * a second axis. Every series gets an explicit colour and line style, colours do not vary by point, and axes carry
 * number formats: without these LibreOffice draws line series invisible.
 */
final class NativeCharts {
    private static final double LINE_POINTS = 2.25;

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
        XDDFCategoryAxis x = categoryAxis(chart);
        XDDFValueAxis v = valueAxis(chart, AxisPosition.LEFT, y, AxisCrossBetween.MIDPOINT_CATEGORY, true);
        plotLines(chart, x, v, refs);
        renumber(chart);
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
        XDDFCategoryAxis x = categoryAxis(chart);
        XDDFValueAxis v = valueAxis(chart, AxisPosition.LEFT, y, AxisCrossBetween.MIDPOINT_CATEGORY, true);
        XDDFAreaChartData data = (XDDFAreaChartData) chart.createData(ChartTypes.AREA, x, v);
        data.setVaryColors(false);
        data.setGrouping(Grouping.STACKED);
        for (Ref r : refs) {
            XDDFChartData.Series s = data.addSeries(categories(r), values(r));
            s.setTitle(XmlText.clean(r.name()), null);
            XDDFShapeProperties p = new XDDFShapeProperties();
            p.setFillProperties(fill(r.rgb()));
            p.setLineProperties(line(0xFFFFFF, false, 0.75));
            s.setShapeProperties(p);
        }
        chart.plot(data);
        if (!lines.isEmpty()) {
            plotLines(chart, x, v, lines);
        }
        renumber(chart);
    }

    /**
     * An uncertainty band: the range from {@code low} to {@code low + width} shaded in {@code rgb} (a transparent
     * stacked area under a light one), with the {@code median} line over it.
     */
    static void band(XSSFChart chart, AxisSpec y, Ref low, Ref width, Ref median, int bandRgb) {
        XDDFCategoryAxis x = categoryAxis(chart);
        XDDFValueAxis v = valueAxis(chart, AxisPosition.LEFT, y, AxisCrossBetween.MIDPOINT_CATEGORY, true);
        XDDFAreaChartData data = (XDDFAreaChartData) chart.createData(ChartTypes.AREA, x, v);
        data.setVaryColors(false);
        data.setGrouping(Grouping.STACKED);
        XDDFChartData.Series floor = data.addSeries(categories(low), values(low));
        floor.setTitle(XmlText.clean(low.name()), null);
        XDDFShapeProperties none = new XDDFShapeProperties();
        none.setFillProperties(new org.apache.poi.xddf.usermodel.XDDFNoFillProperties());
        XDDFLineProperties noLine = new XDDFLineProperties();
        noLine.setFillProperties(new org.apache.poi.xddf.usermodel.XDDFNoFillProperties());
        none.setLineProperties(noLine);
        floor.setShapeProperties(none);
        XDDFChartData.Series range = data.addSeries(categories(width), values(width));
        range.setTitle(XmlText.clean(width.name()), null);
        XDDFShapeProperties shaded = new XDDFShapeProperties();
        shaded.setFillProperties(fill(bandRgb));
        shaded.setLineProperties(noLine);
        range.setShapeProperties(shaded);
        chart.plot(data);
        plotLines(chart, x, v, List.of(median));
        renumber(chart);
        // the transparent floor is no band: keep it out of the legend
        var legend = chart.getCTChart().getLegend();
        var entry = legend.addNewLegendEntry();
        entry.addNewIdx().setVal(0);
        entry.addNewDelete().setVal(true);
    }

    /** Lines on the left axis and lines of another unit on a second, right-hand axis. */
    static void linesWithRightAxis(XSSFChart chart, AxisSpec y, List<Ref> left, AxisSpec y2, List<Ref> right) {
        XDDFCategoryAxis x = categoryAxis(chart);
        XDDFValueAxis v = valueAxis(chart, AxisPosition.LEFT, y, AxisCrossBetween.MIDPOINT_CATEGORY, true);
        plotLines(chart, x, v, left);
        rightAxisLines(chart, y2, right, AxisCrossBetween.MIDPOINT_CATEGORY);
        renumber(chart);
    }

    /** Stacked columns on the left axis and lines on a second, right-hand axis. */
    static void barsWithLines(XSSFChart chart, AxisSpec y, List<Ref> bars, AxisSpec y2, List<Ref> lines) {
        XDDFCategoryAxis x = categoryAxis(chart);
        XDDFValueAxis v = valueAxis(chart, AxisPosition.LEFT, y, AxisCrossBetween.BETWEEN, true);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, v);
        data.setVaryColors(false);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        for (Ref r : bars) {
            XDDFChartData.Series s = data.addSeries(categories(r), values(r));
            s.setTitle(XmlText.clean(r.name()), null);
            XDDFShapeProperties p = new XDDFShapeProperties();
            p.setFillProperties(fill(r.rgb()));
            s.setShapeProperties(p);
        }
        chart.plot(data);
        stackBars(chart.getCTChart().getPlotArea().getBarChartArray(0));
        rightAxisLines(chart, y2, lines, AxisCrossBetween.BETWEEN);
        renumber(chart);
    }

    /** Lines on a second value axis on the right, over a hidden second category axis. */
    private static void rightAxisLines(XSSFChart chart, AxisSpec y2, List<Ref> lines, AxisCrossBetween between) {
        XDDFCategoryAxis x2 = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x2.setVisible(false);
        XDDFValueAxis v2 = valueAxis(chart, AxisPosition.RIGHT, y2, between, false);
        x2.crossAxis(v2);
        v2.crossAxis(x2);
        v2.setCrosses(AxisCrosses.MAX);
        plotLines(chart, x2, v2, lines);
    }

    /**
     * Full overlap (stacked bars sit on each other) and narrow gaps. Written as raw attributes: the percent types
     * are not in poi-ooxml-lite, so the typed setters fail at run time.
     */
    static void stackBars(CTBarChart bars) {
        CTOverlap overlap = bars.isSetOverlap() ? bars.getOverlap() : bars.addNewOverlap();
        CTGapAmount gap = bars.isSetGapWidth() ? bars.getGapWidth() : bars.addNewGapWidth();
        try (XmlCursor c = overlap.newCursor()) {
            c.setAttributeText(new QName("val"), "100");
        }
        try (XmlCursor c = gap.newCursor()) {
            c.setAttributeText(new QName("val"), "60");
        }
    }

    private static void addLines(XDDFLineChartData data, List<Ref> refs) {
        for (Ref r : refs) {
            XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(categories(r), values(r));
            s.setTitle(XmlText.clean(r.name()), null);
            s.setSmooth(false);
            s.setMarkerStyle(MarkerStyle.NONE);
            XDDFShapeProperties p = new XDDFShapeProperties();
            p.setLineProperties(line(r.rgb(), r.dashed(), LINE_POINTS));
            s.setShapeProperties(p);
        }
    }

    private static XDDFCategoryAxis categoryAxis(XSSFChart chart) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle("Year");
        x.setMajorTickMark(AxisTickMark.OUT);
        x.setNumberFormat("0");
        return x;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart, AxisPosition pos, AxisSpec spec,
                                           AxisCrossBetween between, boolean grid) {
        XDDFValueAxis v = chart.createValueAxis(pos);
        v.setTitle(spec.title());
        v.setNumberFormat(spec.format().excelFormat());
        v.setCrosses(AxisCrosses.AUTO_ZERO);
        v.setCrossBetween(between);
        v.setMajorTickMark(AxisTickMark.OUT);
        if (spec.min() != null) {
            v.setMinimum(spec.min());
        }
        if (spec.max() != null) {
            v.setMaximum(spec.max());
        }
        if (grid) {
            v.getOrAddMajorGridProperties().setLineProperties(line(Palette.GRID, false, 0.75));
        }
        return v;
    }

    private static XDDFDataSource<Double> categories(Ref r) {
        return XDDFDataSourcesFactory.fromNumericCellRange(r.rows().sheet(), r.rows().years());
    }

    private static org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource<Double> values(Ref r) {
        return XDDFDataSourcesFactory.fromNumericCellRange(r.rows().sheet(), r.rows().values(r.key()));
    }

    static XDDFSolidFillProperties fill(int rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8),
            (byte) rgb}));
    }

    static XDDFLineProperties line(int rgb, boolean dashed, double points) {
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(fill(rgb));
        line.setWidth(points);
        line.setPresetDash(new XDDFPresetLineDash(dashed ? PresetLineDash.DASH : PresetLineDash.SOLID));
        return line;
    }

    /** Gives every series of the chart a unique index and order: POI restarts at 0 for each chart type. */
    static void renumber(XSSFChart chart) {
        CTPlotArea plot = chart.getCTChart().getPlotArea();
        long i = 0;
        for (var c : plot.getBarChartList()) {
            for (var s : c.getSerList()) {
                s.getIdx().setVal(i);
                s.getOrder().setVal(i++);
            }
        }
        for (var c : plot.getAreaChartList()) {
            for (var s : c.getSerList()) {
                s.getIdx().setVal(i);
                s.getOrder().setVal(i++);
            }
        }
        for (var c : plot.getLineChartList()) {
            for (var s : c.getSerList()) {
                s.getIdx().setVal(i);
                s.getOrder().setVal(i++);
            }
        }
    }
}
