package org.reeplanner.io.pptx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTAxDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTSerTx;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.chart.STAxPos;
import org.reeplanner.io.report.ChartSeries;
import org.reeplanner.io.report.ChartSpec;
import org.reeplanner.io.report.ReferenceLine;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportFixtures;
import org.reeplanner.io.report.StandardCharts;
import org.reeplanner.model.analysis.Progress;

/**
 * The deck's charts are native, editable charts: every series of the chart description is in the chart with its
 * name, values, colour and dash, and its data is in the chart's embedded workbook; a chart the native path cannot
 * draw falls back to the picture.
 */
class DeckChartsTest {
    private static final ReportContent FULL = ReportFixtures.full();
    private static final List<ChartSpec> SPECS = StandardCharts.of(FULL).briefing(FULL.bands());
    private static XMLSlideShow deck;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    /** One series as the chart holds it: name, cached values, colour and dash of its line or fill, its axis. */
    private record Plotted(String name, double[] values, String formula, String rgb, boolean dashed, boolean right) {
    }

    @BeforeAll
    static void exportOnce() throws IOException {
        Path file = shared.resolve("deck.pptx");
        new DeckExporter().write(file, FULL, SPECS, Progress.NONE);
        deck = new XMLSlideShow(Files.newInputStream(file));
    }

    @Test
    void everyChartSlideHoldsANativeChartWithTheSpecsSeriesNamesAndValuesAndNoPicture() {
        List<XSLFSlide> slides = chartSlides(deck);
        assertThat(slides).hasSize(SPECS.size());
        for (int i = 0; i < SPECS.size(); i++) {
            ChartSpec spec = SPECS.get(i);
            XSLFSlide slide = slides.get(i);
            assertThat(slide.getShapes()).noneMatch(s -> s instanceof XSLFPictureShape);
            Map<String, Plotted> plotted = plotted(chartOn(slide));
            Map<String, double[]> expected = expected(spec);
            assertThat(plotted.keySet()).as(spec.id()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            expected.forEach((name, values) -> assertThat(plotted.get(name).values()).as(spec.id() + ": " + name)
                    .containsExactly(values, within(1e-9)));
        }
    }

    @Test
    void theEmbeddedWorkbookHoldsTheYearsAndEverySeriesUnderItsNameInItsAxisFormat() throws Exception {
        List<XSLFSlide> slides = chartSlides(deck);
        for (int i = 0; i < SPECS.size(); i++) {
            ChartSpec spec = SPECS.get(i);
            XSLFChart chart = chartOn(slides.get(i));
            try (XSSFWorkbook wb = chart.getWorkbook()) {
                Sheet sheet = wb.getSheetAt(0);
                for (int y = 0; y < spec.years().length; y++) {
                    assertThat(sheet.getRow(y + 1).getCell(0).getStringCellValue())
                            .isEqualTo(Integer.toString(spec.years()[y]));
                }
                for (Plotted p : plotted(chart).values()) {
                    AreaReference area = new AreaReference(p.formula(), SpreadsheetVersion.EXCEL2007);
                    int col = area.getFirstCell().getCol();
                    assertThat(area.getFirstCell().getRow()).isEqualTo(1);
                    assertThat(sheet.getRow(0).getCell(col).getStringCellValue()).isEqualTo(p.name());
                    assertThat(sheet.getRow(1).getCell(col).getCellStyle().getDataFormatString())
                            .as("the number format of the axis it is on").isEqualTo((p.right() ? spec.y2() : spec.y())
                                    .format().cellFormat());
                    for (int y = 0; y < p.values().length; y++) {
                        Row row = sheet.getRow(y + 1);
                        assertThat(row.getCell(col).getNumericCellValue()).as(spec.id() + ": " + p.name())
                                .isEqualTo(p.values()[y]);
                    }
                }
            }
        }
    }

    @Test
    void seriesKeepTheirColourDashAndAxisAndReferenceLinesAreDashed() {
        List<XSLFSlide> slides = chartSlides(deck);
        for (int i = 0; i < SPECS.size(); i++) {
            ChartSpec spec = SPECS.get(i);
            Map<String, Plotted> plotted = plotted(chartOn(slides.get(i)));
            for (ChartSeries s : spec.series()) {
                Plotted p = plotted.get(s.name());
                String rgb = String.format("%06X", s.kind() == ChartSeries.Kind.BAND ? SlideChart.lighter(s.rgb())
                        : s.rgb());
                assertThat(p.rgb()).as(spec.id() + ": " + s.name()).isEqualTo(rgb);
                assertThat(p.dashed()).as(spec.id() + ": " + s.name()).isEqualTo(s.dash() == ChartSeries.Dash.DASHED);
                assertThat(p.right()).as(spec.id() + ": " + s.name()).isEqualTo(s.secondaryAxis());
            }
            for (ReferenceLine r : spec.references()) {
                assertThat(plotted.get(r.label()).dashed()).isTrue();
                assertThat(plotted.get(r.label()).rgb()).isEqualTo(String.format("%06X", r.rgb()));
            }
        }
        assertThat(SPECS.stream().flatMap(s -> s.series().stream()).filter(ChartSeries::secondaryAxis))
                .as("the fixture exercises the right-hand axis").isNotEmpty();
    }

    @Test
    void chartsHaveNoTitleOfTheirOwnALegendAtTheBottomAndSlideSizedText() {
        for (XSLFSlide slide : chartSlides(deck)) {
            XSLFChart chart = chartOn(slide);
            assertThat(chart.getCTChart().getAutoTitleDeleted().getVal()).isTrue();
            assertThat(chart.getCTChart().isSetTitle()).isFalse();
            assertThat(chart.getCTChart().getLegend().getLegendPos().getVal().toString()).isEqualTo("b");
            int size = chart.getCTChartSpace().getTxPr().getPArray(0).getPPr().getDefRPr().getSz();
            assertThat(size).isGreaterThanOrEqualTo(1200);
            assertThat(SlideKit.titleOf(slide)).isNotBlank();
        }
    }

    @Test
    void aChartTheNativePathCannotDrawBecomesAFullHdPictureAndTheOthersStayNative() throws IOException {
        ChartSpec supply = SPECS.get(0);
        ChartSpec uncertainty = SPECS.get(SPECS.size() - 1);
        List<ChartSeries> mixed = new ArrayList<>(supply.series());
        mixed.add(new ChartSeries("Range", 0x93B4F5, ChartSeries.Kind.BAND, ChartSeries.Dash.SOLID, false,
                supply.series().get(0).values(), supply.series().get(0).values()));
        ChartSpec bandOverAreas = new ChartSpec("mixed", "Areas and a band", supply.subtitle(), "Year", supply.y(),
                null, supply.years(), mixed, List.of(), supply.sourceLine(), supply.stamp());
        assertThat(SlideChart.canDraw(bandOverAreas)).isFalse();
        Path file = dir.resolve("fallback.pptx");

        new DeckExporter().write(file, FULL, List.of(bandOverAreas, uncertainty), Progress.NONE);

        try (XMLSlideShow reopened = new XMLSlideShow(Files.newInputStream(file))) {
            XSLFSlide pictured = reopened.getSlides().stream().filter(s -> s.getShapes().stream()
                    .anyMatch(x -> x instanceof XSLFPictureShape)).findFirst().orElseThrow();
            var picture = (XSLFPictureShape) pictured.getShapes().stream().filter(x -> x instanceof XSLFPictureShape)
                    .findFirst().orElseThrow();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.getPictureData().getData()));
            assertThat(image.getWidth()).isEqualTo(1920);
            assertThat(pictured.getShapes()).noneMatch(x -> x instanceof XSLFGraphicFrame);
            assertThat(chartSlides(reopened)).hasSize(1);
            assertThat(plotted(chartOn(chartSlides(reopened).get(0))).keySet())
                    .containsExactlyInAnyOrderElementsOf(expected(uncertainty).keySet());
        }
    }

    /** What the chart of {@code spec} must hold: a band as its lower edge and its width, references as flat series. */
    private static Map<String, double[]> expected(ChartSpec spec) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (ChartSeries s : spec.series()) {
            if (s.kind() == ChartSeries.Kind.BAND) {
                double[] width = new double[s.values().length];
                Arrays.setAll(width, i -> s.values()[i] - s.lower()[i]);
                out.put(s.name() + SlideChart.LOWER_EDGE, s.lower());
                out.put(s.name(), width);
            } else {
                out.put(s.name(), s.values());
            }
        }
        for (ReferenceLine r : spec.references()) {
            double[] flat = new double[spec.years().length];
            Arrays.fill(flat, r.value());
            out.put(r.label(), flat);
        }
        return out;
    }

    static List<XSLFSlide> chartSlides(XMLSlideShow show) {
        return show.getSlides().stream().filter(s -> s.getShapes().stream()
                .anyMatch(x -> x instanceof XSLFGraphicFrame f && f.hasChart())).toList();
    }

    private static XSLFChart chartOn(XSLFSlide slide) {
        return slide.getShapes().stream().filter(x -> x instanceof XSLFGraphicFrame f && f.hasChart())
                .map(x -> ((XSLFGraphicFrame) x).getChart()).findFirst().orElseThrow();
    }

    /** Every series of the chart by name, read from its XML as another program would. */
    private static Map<String, Plotted> plotted(XSLFChart chart) {
        CTPlotArea plot = chart.getCTChart().getPlotArea();
        List<Long> rightAxes = plot.getValAxList().stream().filter(a -> a.getAxPos().getVal() == STAxPos.R)
                .map(a -> a.getAxId().getVal()).toList();
        Map<String, Plotted> out = new LinkedHashMap<>();
        for (var g : plot.getBarChartList()) {
            boolean right = g.getAxIdList().stream().anyMatch(a -> rightAxes.contains(a.getVal()));
            g.getSerList().forEach(s -> put(out, s.getTx(), s.getCat(), s.getVal(), s.getSpPr(), false, right));
        }
        for (var g : plot.getAreaChartList()) {
            boolean right = g.getAxIdList().stream().anyMatch(a -> rightAxes.contains(a.getVal()));
            g.getSerList().forEach(s -> put(out, s.getTx(), s.getCat(), s.getVal(), s.getSpPr(), false, right));
        }
        for (var g : plot.getLineChartList()) {
            boolean right = g.getAxIdList().stream().anyMatch(a -> rightAxes.contains(a.getVal()));
            g.getSerList().forEach(s -> put(out, s.getTx(), s.getCat(), s.getVal(), s.getSpPr(), true, right));
        }
        return out;
    }

    private static void put(Map<String, Plotted> out, CTSerTx tx, CTAxDataSource cat, CTNumDataSource val,
                            CTShapeProperties sp, boolean line, boolean right) {
        String name = tx.getStrRef().getStrCache().getPtArray(0).getV();
        var cache = val.getNumRef().getNumCache();
        double[] values = new double[(int) cache.getPtCount().getVal()];
        cache.getPtList().forEach(p -> values[(int) p.getIdx()] = Double.parseDouble(p.getV()));
        assertThat(cat.getStrRef().getStrCache().getPtCount().getVal()).isEqualTo(values.length);
        byte[] colour = line ? sp.getLn().getSolidFill().getSrgbClr().getVal()
                : sp.isSetSolidFill() ? sp.getSolidFill().getSrgbClr().getVal() : null;
        String rgb = colour == null ? "none" : HexFormat.of().withUpperCase().formatHex(colour);
        boolean dashed = line && sp.getLn().isSetPrstDash() && !"solid".equals(sp.getLn().getPrstDash().getVal()
                .toString());
        assertThat(out.put(name, new Plotted(name, values, val.getNumRef().getF(), rgb, dashed, right)))
                .as("series names are unique").isNull();
    }
}
