package org.reeplanner.io.pptx;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGraphicalObjectFrame;
import org.reeplanner.io.office.XddfStyle;
import org.reeplanner.io.office.XddfStyle.Axes;
import org.reeplanner.io.png.ChartRenderer;
import org.reeplanner.io.report.ChartSeries;
import org.reeplanner.io.report.ChartSeries.Kind;
import org.reeplanner.io.report.ChartSpec;
import org.reeplanner.io.report.Palette;
import org.reeplanner.io.report.ReferenceLine;
import org.reeplanner.io.report.XmlText;

/**
 * A {@link ChartSpec} as a native, editable chart on a slide: its data in the chart's embedded workbook (years in
 * column A, one column per series, so "Edit data" opens them), stacked areas, stacked bars, solid and dashed lines,
 * a band as a shaded area standing on a transparent one, reference lines as flat dashed series, a right-hand axis
 * for the series on it, axis titles and number formats from the spec, the axes' bounds as the pictures draw them,
 * the legend at the bottom and no title inside the chart (the slide's title says it).
 */
final class SlideChart {
    /** Ticks, axis titles and legend: readable from the back of a room. */
    static final double TEXT_POINTS = 14;
    /**
     * Suffix of the column holding a band's lower edge (the transparent area its shaded range stands on); the
     * band's own name heads its width, upper minus lower edge (the shaded area).
     */
    static final String LOWER_EDGE = " (lower edge)";

    private final XSLFChart chart;
    private final ChartSpec spec;
    private final XDDFDataSource<String> years;
    /** The number format of each workbook column after the years, that of the axis its series is plotted on. */
    private final List<String> formats = new ArrayList<>();
    private Axes left;
    private Axes right;

    private SlideChart(XSLFChart chart, ChartSpec spec) {
        this.chart = chart;
        this.spec = spec;
        String[] labels = new String[spec.years().length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = Integer.toString(spec.years()[i]);
        }
        chart.setSheetTitle(spec.xTitle(), 0);
        this.years = XDDFDataSourcesFactory.fromArray(labels, range(0), 0);
    }

    /**
     * Whether the spec can be drawn natively: at least one series, and on each axis at most one stack (stacked
     * areas or one band; a band and areas on one axis would stack onto each other).
     */
    static boolean canDraw(ChartSpec spec) {
        if (spec.series().isEmpty()) {
            return false;
        }
        for (boolean right : new boolean[] {false, true}) {
            long bands = spec.series().stream().filter(s -> s.secondaryAxis() == right && s.kind() == Kind.BAND)
                    .count();
            boolean areas = spec.series().stream().anyMatch(s -> s.secondaryAxis() == right
                    && s.kind() == Kind.STACKED_AREA);
            if (bands > 1 || bands == 1 && areas) {
                return false;
            }
        }
        return true;
    }

    /** Draws {@code spec} on {@code slide} within {@code anchor} (points); returns the chart. */
    static XSLFChart draw(XMLSlideShow deck, XSLFSlide slide, ChartSpec spec, Rectangle2D anchor)
            throws IOException {
        if (!canDraw(spec)) {
            throw new IllegalArgumentException(spec.id() + ": no native chart for this combination of series");
        }
        XSLFChart chart = deck.createChart();
        SlideChart drawn = new SlideChart(chart, spec);
        drawn.plot();
        drawn.formatCells();
        slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(anchor.getX()), Units.toEMU(anchor.getY()),
                Units.toEMU(anchor.getWidth()), Units.toEMU(anchor.getHeight())));
        var tree = slide.getXmlObject().getCSld().getSpTree();
        CTGraphicalObjectFrame frame = tree.getGraphicFrameArray(tree.sizeOfGraphicFrameArray() - 1);
        frame.getNvGraphicFramePr().getCNvPr().setDescr(XmlText.clean(spec.title() + ". " + spec.subtitle()));
        return chart;
    }

    private void plot() {
        chart.setAutoTitleDeleted(true);
        boolean bars = spec.series().stream().anyMatch(s -> s.kind() == Kind.STACKED_BAR);
        AxisCrossBetween between = bars ? AxisCrossBetween.BETWEEN : AxisCrossBetween.MIDPOINT_CATEGORY;
        boolean hasRight = spec.series().stream().anyMatch(ChartSeries::secondaryAxis);
        left = new Axes(XddfStyle.categoryAxis(chart, spec.xTitle()),
                XddfStyle.valueAxis(chart, AxisPosition.LEFT, spec.y(), between, true));
        if (hasRight || !spec.y().fromZero()) {
            bounds(left.y(), false);
        }
        if (hasRight) {
            right = XddfStyle.rightAxes(chart, spec.y2(), between);
            bounds(right.y(), true);
        }
        for (boolean onRight : hasRight ? new boolean[] {false, true} : new boolean[] {false}) {
            bars(onRight, of(Kind.STACKED_BAR, onRight));
            areas(onRight, of(Kind.STACKED_AREA, onRight));
            for (ChartSeries band : of(Kind.BAND, onRight)) {
                band(onRight, band);
            }
        }
        lines(false, of(Kind.LINE, false), spec.references());
        if (hasRight) {
            lines(true, of(Kind.LINE, true), List.of());
        }
        XddfStyle.renumber(chart);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.getOrAddLegend().setOverlay(false);
        XddfStyle.hideInvisibleFromLegend(chart);
        XddfStyle.text(chart, SlideKit.FONT, TEXT_POINTS, Palette.TEXT);
    }

    /** The embedded workbook's data cells in the number formats of their axes, so "Edit data" shows units. */
    private void formatCells() throws IOException {
        try {
            // the chart writes this workbook into its package part when the deck is written
            XSSFWorkbook wb = chart.getWorkbook();
            XSSFSheet sheet = wb.getSheetAt(0);
            for (int c = 0; c < formats.size(); c++) {
                XSSFCellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat(formats.get(c)));
                for (int r = 1; r <= spec.years().length; r++) {
                    var cell = sheet.getRow(r).getCell(c + 1);
                    if (cell != null) {
                        cell.setCellStyle(style);
                    }
                }
                sheet.setColumnWidth(c + 1, 14 * 256);
            }
        } catch (InvalidFormatException e) {
            throw new IOException("cannot write the data of chart " + spec.id() + ": " + e.getMessage(), e);
        }
    }

    /** The value axis' bounds and step as the pictures draw them, so both axes share the grid lines. */
    private void bounds(XDDFValueAxis axis, boolean right) {
        double[] scale = ChartRenderer.axisScale(spec, right);
        axis.setMinimum(scale[0]);
        axis.setMaximum(scale[1]);
        axis.setMajorUnit(scale[2]);
    }

    private List<ChartSeries> of(Kind kind, boolean right) {
        return spec.series().stream().filter(s -> s.kind() == kind && s.secondaryAxis() == right).toList();
    }

    private void bars(boolean onRight, List<ChartSeries> series) {
        if (series.isEmpty()) {
            return;
        }
        Axes axes = onRight ? right : left;
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, axes.x(), axes.y());
        data.setVaryColors(false);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        for (ChartSeries s : series) {
            XddfStyle.styleBar(add(data, onRight, s.name(), s.values()), s.rgb());
        }
        chart.plot(data);
        var groups = chart.getCTChart().getPlotArea().getBarChartList();
        XddfStyle.stackBars(groups.get(groups.size() - 1));
    }

    private void areas(boolean onRight, List<ChartSeries> series) {
        if (series.isEmpty()) {
            return;
        }
        XDDFAreaChartData data = area(onRight);
        for (ChartSeries s : series) {
            XddfStyle.styleArea(add(data, onRight, s.name(), s.values()), s.rgb());
        }
        chart.plot(data);
    }

    /** A band: its lower edge as a transparent area, the range above it shaded in the series' colour, lightened. */
    private void band(boolean onRight, ChartSeries band) {
        XDDFAreaChartData data = area(onRight);
        double[] width = new double[band.values().length];
        for (int i = 0; i < width.length; i++) {
            width[i] = band.values()[i] - band.lower()[i];
        }
        XddfStyle.styleInvisible(add(data, onRight, band.name() + LOWER_EDGE, band.lower()));
        XddfStyle.styleShade(add(data, onRight, band.name(), width), lighter(band.rgb()));
        chart.plot(data);
    }

    private XDDFAreaChartData area(boolean onRight) {
        Axes axes = onRight ? right : left;
        XDDFAreaChartData data = (XDDFAreaChartData) chart.createData(ChartTypes.AREA, axes.x(), axes.y());
        data.setVaryColors(false);
        data.setGrouping(Grouping.STACKED);
        return data;
    }

    private void lines(boolean onRight, List<ChartSeries> series, List<ReferenceLine> references) {
        if (series.isEmpty() && references.isEmpty()) {
            return;
        }
        Axes axes = onRight ? right : left;
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, axes.x(), axes.y());
        data.setVaryColors(false);
        data.setGrouping(Grouping.STANDARD);
        for (ReferenceLine r : references) {
            double[] flat = new double[spec.years().length];
            java.util.Arrays.fill(flat, r.value());
            XddfStyle.styleLine(add(data, false, r.label(), flat), r.rgb(), true, XddfStyle.REFERENCE_POINTS);
        }
        for (ChartSeries s : series) {
            XddfStyle.styleLine(add(data, onRight, s.name(), s.values()), s.rgb(), s.dash() == ChartSeries.Dash.DASHED,
                    XddfStyle.LINE_POINTS);
        }
        chart.plot(data);
    }

    /**
     * A series whose values fill the next column of the embedded workbook, titled in its first row and formatted
     * like the axis it is plotted on.
     */
    private XDDFChartData.Series add(XDDFChartData data, boolean onRight, String name, double[] values) {
        formats.add((onRight ? spec.y2() : spec.y()).format().cellFormat());
        int col = formats.size();
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = Double.isFinite(values[i]) ? values[i] : null;
        }
        XDDFChartData.Series s = data.addSeries(years, XDDFDataSourcesFactory.fromArray(boxed, range(col), col));
        String title = XmlText.clean(name);
        s.setTitle(title, chart.setSheetTitle(title, col));
        return s;
    }

    private String range(int col) {
        return chart.formatRange(new CellRangeAddress(1, spec.years().length, col, col));
    }

    /** The colour mixed 45 % towards white, as the pictures paint a band at 55 % opacity over white. */
    static int lighter(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return mix(r) << 16 | mix(g) << 8 | mix(b);
    }

    private static int mix(int c) {
        return (int) Math.round(c * 0.55 + 255 * 0.45);
    }
}
