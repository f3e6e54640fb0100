package org.reeplanner.io.pptx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportFixtures;
import org.reeplanner.model.Series;
import org.reeplanner.model.analysis.Progress;

class DeckExporterTest {
    private static final ReportContent FULL = ReportFixtures.full();
    private static XMLSlideShow deck;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    @BeforeAll
    static void exportOnce() throws IOException {
        Path file = shared.resolve("deck.pptx");
        new DeckExporter().write(file, FULL, Progress.NONE);
        deck = new XMLSlideShow(Files.newInputStream(file));
    }

    @Test
    void isSixteenByNineWithTitleBottomLineKpisChartsOreAssumptionsAndSources() {
        assertThat(deck.getPageSize()).isEqualTo(new Dimension(960, 540));
        List<String> titles = deck.getSlides().stream().map(SlideKit::titleOf).toList();
        assertThat(titles.get(0)).isEqualTo("Accelerated allied");
        assertThat(titles.get(1)).isEqualTo("Bottom line for 2030");
        assertThat(titles.get(2)).isEqualTo("Key results for 2030");
        assertThat(titles).contains("Key assumptions (1 of 2)", "Key assumptions (2 of 2)");
        assertThat(titles.get(titles.size() - 1)).matches("Sources \\((\\d+) of \\1\\)");
        assertThat(text(deck.getSlides().get(0))).contains("v1.2.3", "2026-03-14");
        assertThat(titles).noneMatch(t -> t.startsWith("Changes from"));
    }

    @Test
    void everySlideHasARealTitleSpeakerNotesAndAFooterWithScenarioVersionDateAndPage() {
        for (XSLFSlide slide : deck.getSlides()) {
            assertThat(SlideKit.titleOf(slide)).as("slide %d", slide.getSlideNumber()).isNotBlank();
            XSLFNotes notes = slide.getNotes();
            assertThat(notes).as("notes of slide %d", slide.getSlideNumber()).isNotNull();
            String said = java.util.Arrays.stream(notes.getPlaceholders()).map(XSLFTextShape::getText)
                    .reduce("", String::concat);
            assertThat(said).as("notes of slide %d", slide.getSlideNumber()).hasSizeGreaterThan(40);
            assertThat(text(slide)).contains("Accelerated allied · model v1.2.3 · 2026-03-14",
                    "page " + slide.getSlideNumber());
        }
    }

    @Test
    void kpiSlideShowsTheSixKpisWithBaselineAndChange() {
        XSLFTable table = tableOn(slide(deck, "Key results"));

        assertThat(table.getNumberOfRows()).isEqualTo(7);
        assertThat(table.getCell(0, 2).getText()).isEqualTo("No new investment");
        assertThat(table.getCell(1, 1).getText()).matches("\\d{2}\\.\\d%");
        assertThat(table.getCell(1, 3).getText()).startsWith("−");
    }

    @Test
    void bottomLineSaysTheThreeNumbersThatMatterInWords() {
        String said = text(slide(deck, "Bottom line"));

        assertThat(said).contains("In 2030 China still separates", "Allied supply covers",
                "If China cut exports in 2030");
    }

    @Test
    void everyChartSlideHoldsOneNativeChartBetweenTheTitleAndTheFooter() {
        List<XSLFSlide> charts = DeckChartsTest.chartSlides(deck);
        assertThat(charts).hasSize(6);
        for (XSLFSlide slide : charts) {
            List<XSLFGraphicFrame> frames = slide.getShapes().stream().filter(s -> s instanceof XSLFGraphicFrame)
                    .map(s -> (XSLFGraphicFrame) s).toList();
            assertThat(frames).hasSize(1);
            Rectangle2D anchor = frames.get(0).getAnchor();
            assertThat(anchor.getMinY()).isGreaterThanOrEqualTo(SlideKit.CONTENT_TOP);
            assertThat(anchor.getMaxY()).isLessThanOrEqualTo(SlideKit.FOOTER_TOP);
            assertThat(anchor.getWidth()).isGreaterThan(800);
        }
    }

    @Test
    void everyShapeStaysInsideTheSlideAndTextIsProjectorSized() {
        for (XSLFSlide slide : deck.getSlides()) {
            for (XSLFShape shape : slide.getShapes()) {
                Rectangle2D a = shape.getAnchor();
                assertThat(a.getMinX()).as("slide %d", slide.getSlideNumber()).isGreaterThanOrEqualTo(0);
                assertThat(a.getMinY()).as("slide %d", slide.getSlideNumber()).isGreaterThanOrEqualTo(0);
                assertThat(a.getMaxX()).as("slide %d", slide.getSlideNumber()).isLessThanOrEqualTo(960);
                assertThat(a.getMaxY()).as("slide %d", slide.getSlideNumber()).isLessThanOrEqualTo(540);
                if (shape instanceof XSLFTextShape t && !t.getText().isBlank()) {
                    boolean footer = a.getMinY() > 500 || a.getMaxY() < 20;
                    t.getTextParagraphs().forEach(p -> p.getTextRuns().forEach(r -> assertThat(r.getFontSize())
                            .as("'%s' on slide %d", r.getRawText(), slide.getSlideNumber())
                            .isGreaterThanOrEqualTo(footer ? 10.0 : 14.0)));
                }
            }
        }
    }

    @Test
    void oreSlideSplitsTheTargetYearsAlliedMineOutputIntoItsFourRoutesAgainstNoNewInvestment() {
        XSLFSlide slide = slide(deck, "Where allied ore goes");
        XSLFTable table = tableOn(slide);

        assertThat(text(slide)).contains("Where allied ore goes in 2030: ");
        assertThat(table.getNumberOfRows()).isEqualTo(6);
        assertThat(table.getCell(0, 3).getText()).isEqualTo("No new investment");
        assertThat(table.getCell(1, 0).getText()).isEqualTo("Allied mine output");
        assertThat(table.getCell(1, 1).getText()).isEqualTo(String.format(Locale.ROOT, "%,.0f t",
                FULL.scenario().value(Series.MINING_ALLIED, 2030)));
        int shares = 0;
        for (int row = 2; row <= 5; row++) {
            shares += Integer.parseInt(table.getCell(row, 2).getText().replace("%", ""));
        }
        assertThat(shares).as("the four routes' rounded shares").isBetween(99, 101);
    }

    @Test
    void assumptionsSlidesShowTheTornadosTopDriversAtMostSixRowsEachWithSourceIds() {
        List<XSLFTable> tables = deck.getSlides().stream().filter(s -> SlideKit.titleOf(s)
                .startsWith("Key assumptions")).map(DeckExporterTest::tableOn).toList();

        assertThat(tables).allSatisfy(t -> assertThat(t.getNumberOfRows()).isLessThanOrEqualTo(7));
        var widest = FULL.sensitivity().bars().stream()
                .filter(b -> b.kind() == org.reeplanner.model.analysis.TornadoBar.Kind.PARAMETER)
                .max(java.util.Comparator.comparingDouble(org.reeplanner.model.analysis.TornadoBar::swing))
                .orElseThrow();
        var spec = FULL.parameters().spec(org.reeplanner.model.Param.fromKey(widest.key()));
        assertThat(tables.get(0).getCell(1, 0).getText()).as("the tornado's widest parameter first")
                .isEqualTo(spec.label());
        assertThat(tables.get(0).getCell(1, 3).getText()).isEqualTo(AssumptionSlides.shortSource(spec.source()));
        double bottom = tables.get(0).getAnchor().getY() + 7 * 56;
        assertThat(bottom).isLessThan(SlideKit.FOOTER_TOP);
    }

    @Test
    void aFailedExportKeepsTheExistingDeckAndLeavesNoTemporaryFile() throws IOException {
        Path file = Files.write(dir.resolve("deck.pptx"), "old deck".getBytes(StandardCharsets.UTF_8));
        Progress failing = new Progress() {
            @Override
            public void report(double fraction) {
                if (fraction > 0.8) {
                    throw new IllegalStateException("injected failure");
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        assertThatThrownBy(() -> new DeckExporter().write(file, FULL, failing)).hasMessageContaining("injected");

        assertThat(file).hasContent("old deck");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aNameWithControlCharactersStillGivesAValidDeck() throws IOException {
        var odd = ReportFixtures.scenario("seed-baseline").withName("=cmd|\u0001 ' /C calc'!A0");
        Path file = dir.resolve("odd.pptx");

        new DeckExporter().write(file, ReportFixtures.content(odd), List.of(), Progress.NONE);

        try (XMLSlideShow reopened = new XMLSlideShow(Files.newInputStream(file))) {
            assertThat(text(reopened.getSlides().get(0))).contains("=cmd|\uFFFD ' /C calc'!A0");
        }
    }

    private static XSLFSlide slide(XMLSlideShow show, String titleStart) {
        return show.getSlides().stream().filter(s -> SlideKit.titleOf(s).startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no slide titled '" + titleStart + "…'"));
    }

    private static XSLFTable tableOn(XSLFSlide slide) {
        return (XSLFTable) slide.getShapes().stream().filter(s -> s instanceof XSLFTable).findFirst().orElseThrow();
    }

    static String text(XSLFSlide slide) {
        StringBuilder sb = new StringBuilder();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t) {
                sb.append(t.getText()).append('\n');
            }
        }
        return sb.toString();
    }
}
