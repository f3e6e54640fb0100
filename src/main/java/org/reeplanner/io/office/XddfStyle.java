package org.reeplanner.io.office;

import javax.xml.namespace.QName;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChartSpace;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTGapAmount;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLegend;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLegendEntry;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.reeplanner.io.report.AxisSpec;
import org.reeplanner.io.report.Palette;

/**
 * How every native chart of the exports looks, for the workbook's charts on cells and the deck's charts with their
 * own embedded data alike ({@link XDDFChart} is the base of both): explicit colours and line styles per series,
 * no colours varying by point, no markers, number formats and titles on the axes, light grid lines. Without the
 * explicit colours and widths LibreOffice draws line series invisible.
 */
public final class XddfStyle {
    /** Width of a data line, in points. */
    public static final double LINE_POINTS = 2.25;
    /** Width of a reference line (a target, a floor), in points. */
    public static final double REFERENCE_POINTS = 1.75;

    private XddfStyle() {
    }

    public static XDDFSolidFillProperties fill(int rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8),
            (byte) rgb}));
    }

    public static XDDFLineProperties line(int rgb, boolean dashed, double points) {
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(fill(rgb));
        line.setWidth(points);
        line.setPresetDash(new XDDFPresetLineDash(dashed ? PresetLineDash.DASH : PresetLineDash.SOLID));
        return line;
    }

    /** A line series in {@code rgb}, solid or dashed, without markers or smoothing. */
    public static void styleLine(XDDFChartData.Series series, int rgb, boolean dashed, double points) {
        XDDFLineChartData.Series s = (XDDFLineChartData.Series) series;
        s.setSmooth(false);
        s.setMarkerStyle(MarkerStyle.NONE);
        XDDFShapeProperties p = new XDDFShapeProperties();
        p.setLineProperties(line(rgb, dashed, points));
        s.setShapeProperties(p);
    }

    /** A stacked area filled with {@code rgb}, a thin white edge between it and the next. */
    public static void styleArea(XDDFChartData.Series series, int rgb) {
        XDDFShapeProperties p = new XDDFShapeProperties();
        p.setFillProperties(fill(rgb));
        p.setLineProperties(line(0xFFFFFF, false, 0.75));
        series.setShapeProperties(p);
    }

    /** An area filled with {@code rgb} without an edge, such as the shaded range of a band. */
    public static void styleShade(XDDFChartData.Series series, int rgb) {
        XDDFShapeProperties p = new XDDFShapeProperties();
        p.setFillProperties(fill(rgb));
        p.setLineProperties(noLine());
        series.setShapeProperties(p);
    }

    /** An area drawn not at all: the transparent floor a band's shaded range stands on. */
    public static void styleInvisible(XDDFChartData.Series series) {
        XDDFShapeProperties p = new XDDFShapeProperties();
        p.setFillProperties(new XDDFNoFillProperties());
        p.setLineProperties(noLine());
        series.setShapeProperties(p);
    }

    public static void styleBar(XDDFChartData.Series series, int rgb) {
        XDDFShapeProperties p = new XDDFShapeProperties();
        p.setFillProperties(fill(rgb));
        series.setShapeProperties(p);
    }

    private static XDDFLineProperties noLine() {
        XDDFLineProperties none = new XDDFLineProperties();
        none.setFillProperties(new XDDFNoFillProperties());
        return none;
    }

    /** The category (year) axis at the bottom, titled {@code title}. */
    public static XDDFCategoryAxis categoryAxis(XDDFChart chart, String title) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(title);
        x.setMajorTickMark(AxisTickMark.OUT);
        x.setNumberFormat("0");
        return x;
    }

    /**
     * A value axis titled and formatted after {@code spec}, its fixed bounds set; with {@code grid} it draws light
     * horizontal grid lines. {@code between} says whether categories sit between ticks (bars) or on them (lines).
     */
    public static XDDFValueAxis valueAxis(XDDFChart chart, AxisPosition pos, AxisSpec spec, AxisCrossBetween between,
                                          boolean grid) {
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

    /** A pair of axes a chart group is drawn on. */
    public record Axes(XDDFCategoryAxis x, XDDFValueAxis y) {
    }

    /** A second value axis on the right over a hidden second category axis. */
    public static Axes rightAxes(XDDFChart chart, AxisSpec spec, AxisCrossBetween between) {
        XDDFCategoryAxis x2 = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x2.setVisible(false);
        XDDFValueAxis v2 = valueAxis(chart, AxisPosition.RIGHT, spec, between, false);
        x2.crossAxis(v2);
        v2.crossAxis(x2);
        v2.setCrosses(AxisCrosses.MAX);
        return new Axes(x2, v2);
    }

    /**
     * Full overlap (stacked bars sit on each other) and narrow gaps. Written as raw attributes: the percent types
     * are not in poi-ooxml-lite, so the typed setters fail at run time.
     */
    public static void stackBars(CTBarChart bars) {
        CTOverlap overlap = bars.isSetOverlap() ? bars.getOverlap() : bars.addNewOverlap();
        CTGapAmount gap = bars.isSetGapWidth() ? bars.getGapWidth() : bars.addNewGapWidth();
        try (XmlCursor c = overlap.newCursor()) {
            c.setAttributeText(new QName("val"), "100");
        }
        try (XmlCursor c = gap.newCursor()) {
            c.setAttributeText(new QName("val"), "60");
        }
    }

    /** Gives every series of the chart a unique index and order: POI restarts at 0 for each chart type. */
    public static void renumber(XDDFChart chart) {
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

    /**
     * Leaves the areas drawn not at all (a band's floor, see {@link #styleInvisible}) out of the legend; call after
     * {@link #renumber} and once the legend exists.
     */
    public static void hideInvisibleFromLegend(XDDFChart chart) {
        CTLegend legend = chart.getCTChart().getLegend();
        for (var group : chart.getCTChart().getPlotArea().getAreaChartList()) {
            for (var s : group.getSerList()) {
                if (s.isSetSpPr() && s.getSpPr().isSetNoFill()) {
                    CTLegendEntry entry = legend.addNewLegendEntry();
                    entry.addNewIdx().setVal(s.getIdx().getVal());
                    entry.addNewDelete().setVal(true);
                }
            }
        }
    }

    /**
     * Every text of the chart (ticks, axis titles, legend) in {@code font} at {@code points} in {@code rgb}, unless
     * set otherwise.
     */
    public static void text(XDDFChart chart, String font, double points, int rgb) {
        CTChartSpace space = chart.getCTChartSpace();
        CTTextBody body = space.isSetTxPr() ? space.getTxPr() : space.addNewTxPr();
        if (body.getBodyPr() == null) {
            body.addNewBodyPr();
        }
        if (body.getLstStyle() == null) {
            body.addNewLstStyle();
        }
        var p = body.sizeOfPArray() > 0 ? body.getPArray(0) : body.addNewP();
        var ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        CTTextCharacterProperties run = ppr.isSetDefRPr() ? ppr.getDefRPr() : ppr.addNewDefRPr();
        run.setSz((int) Math.round(points * 100));
        var solid = run.isSetSolidFill() ? run.getSolidFill() : run.addNewSolidFill();
        var srgb = solid.isSetSrgbClr() ? solid.getSrgbClr() : solid.addNewSrgbClr();
        srgb.setVal(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb});
        (run.isSetLatin() ? run.getLatin() : run.addNewLatin()).setTypeface(font);
        if (!p.isSetEndParaRPr()) {
            p.addNewEndParaRPr().setLang("en-GB");
        }
    }
}
