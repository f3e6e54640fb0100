package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeplanner.io.export.ExportService;
import org.reeplanner.io.report.ChartSeries;
import org.reeplanner.io.report.Formats;
import org.reeplanner.io.report.NarrativeFacts;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.StandardCharts;
import org.reeplanner.model.EventShortfall;
import org.reeplanner.model.KpiSet;
import org.reeplanner.model.Projection;
import org.reeplanner.model.analysis.Progress;
import org.reeplanner.ui.charts.StressSummaryViewModel;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.kpi.KpiCardKind;
import org.reeplanner.ui.kpi.KpiCardsViewModel;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * One definition per number (issue 21, item 7): for a scenario with its own export restriction, the window's KPI
 * card and Stress tab, the narrative, the workbook's KPI table and Summary, the deck's bottom line, KPI slide and
 * stress slide, and the stress chart all give the event's shortfall from {@link EventShortfall}.
 */
class OneStressShortfallTest {
    private static final int YEAR = 2030;
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"export-ban-stress", "china-controls-2025-replay"})
    void theCardTheStressTabTheNarrativeTheWorkbookAndTheDeckGiveOneShortfall(String stem) throws IOException {
        ScenarioSession session = Shipped.session(stem);
        Projection run = session.result().scenario();
        double tonnes = EventShortfall.tonnes(run);
        String whole = String.format(Locale.ROOT, "%,.0f t REO", tonnes);
        assertThat(tonnes).as("the event leaves allied buyers short").isPositive();

        YearCursor cursor = new YearCursor(YEAR, 2025, 2040);
        String card = new KpiCardsViewModel(session.resultProperty(), cursor).card(KpiCardKind.STRESS_SHORTFALL)
                .valueProperty().get();
        assertThat(card).isEqualTo(Formats.tonnes(tonnes));
        assertThat(new StressSummaryViewModel(session.resultProperty(), cursor).figures().get(0).valueProperty()
                .get()).isEqualTo(card + " REO");

        assertThat(NarrativeFacts.of(Shipped.MODEL, session.scenario(), YEAR).shortfall()).isEqualTo(tonnes);

        ReportContent content = new ExportService(Shipped.MODEL, NOW).content(session.scenario(), YEAR, null);
        assertThat(content.narrative()).contains(" " + card + " short");
        assertThat(content.kpis().stress().id()).isEqualTo(KpiSet.EVENT_SHORTFALL);
        assertThat(content.kpis().stress().value()).isEqualTo(tonnes);

        Path book = dir.resolve(stem + ".xlsx");
        Path deck = dir.resolve(stem + ".pptx");
        ExportService service = new ExportService(Shipped.MODEL, NOW);
        service.exportWorkbook(book, content, Progress.NONE);
        service.exportDeck(deck, content, Progress.NONE);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(book)))) {
            XSSFSheet summary = wb.getSheet("Summary");
            assertThat(kpiRowValue(summary, KpiSet.EVENT_SHORTFALL)).isEqualTo(tonnes);
            assertThat(rowText(summary, "Disruption event")).contains(whole + " in all");
        }
        try (XMLSlideShow slides = new XMLSlideShow(new ByteArrayInputStream(Files.readAllBytes(deck)))) {
            assertThat(text(slide(slides, "Bottom line"))).contains(whole + " short");
            assertThat(text(slide(slides, "Key results"))).contains(String.format(Locale.ROOT, "%,.0f t",
                    tonnes));
            assertThat(slides.getSlides().stream().map(s -> titleOf(s)))
                    .anySatisfy(t -> assertThat(t).contains(whole + " short"));
        }

        var chart = StandardCharts.of(content).stressTest();
        assertThat(chart.title()).contains(whole + " short");
        double bars = chart.series().stream().filter(ChartSeries::secondaryAxis).flatMapToDouble(s -> Arrays
                .stream(s.values())).sum();
        assertThat(bars).isCloseTo(tonnes, org.assertj.core.data.Offset.offset(1e-6));
    }

    private static double kpiRowValue(XSSFSheet sheet, String id) {
        for (Row row : sheet) {
            Cell c = row.getCell(1);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(id)) {
                return row.getCell(3).getNumericCellValue();
            }
        }
        throw new AssertionError("no KPI row " + id);
    }

    private static String rowText(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return row.getCell(1).getStringCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static XSLFSlide slide(XMLSlideShow deck, String titleStart) {
        return deck.getSlides().stream().filter(s -> titleOf(s).startsWith(titleStart)).findFirst().orElseThrow();
    }

    private static String titleOf(XSLFSlide slide) {
        XSLFTextShape t = slide.getPlaceholder(0);
        return t == null ? "" : t.getText();
    }

    private static String text(XSLFSlide slide) {
        StringBuilder sb = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                sb.append(t.getText()).append('\n');
            } else if (shape instanceof XSLFTable table) {
                table.getRows().forEach(r -> r.getCells().forEach(c -> sb.append(c.getText()).append('\n')));
            }
        }
        return sb.toString();
    }
}
