package org.reeplanner.io.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportFixtures;
import org.reeplanner.io.report.StandardCharts;
import org.reeplanner.model.Param;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;
import org.reeplanner.model.analysis.Progress;

/** The briefing parts of the deck: the scenario's own stress event, changed assumptions, marking and properties. */
class DeckBriefingTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private XMLSlideShow export(ReportContent c, String marking) throws IOException {
        Path file = dir.resolve("deck.pptx");
        new DeckExporter(marking, "analyst7", NOW).write(file, c, StandardCharts.of(c).briefing(null),
                Progress.NONE);
        return new XMLSlideShow(Files.newInputStream(file));
    }

    @Test
    void stressSlideHeadlinesTheScenariosOwnEventYearShortfallPriceMultiplierAndCost() throws IOException {
        ReportContent c = ReportFixtures.content(ReportFixtures.scenario("export-ban-stress"));
        StressFacts event = StressFacts.of(c.scenario());
        double shortfall2027 = c.scenario().value(Series.SHORTFALL, 2027);

        try (XMLSlideShow deck = export(c, "")) {
            XSLFSlide stress = deck.getSlides().stream().filter(s -> SlideKit.titleOf(s).startsWith("All separated "
                    + "oxide (full embargo), January–June 2027")).findFirst().orElseThrow();
            assertThat(SlideKit.titleOf(stress)).contains(String.format(Locale.ROOT, "%,.0f t REO short",
                    event.shortfallT()), String.format(Locale.ROOT, "prices ×%.1f", event.priceMultiplier()),
                    String.format(Locale.ROOT, "cost USD %.1f bn", event.costUsdBn()));
            assertThat(notes(stress)).contains("shortfall.t", "shortfall.magnets.t", "shortfall.heavy.t",
                    "price.multiplier", "shortfall.cost.usdBn");
        }
        assertThat(event.firstYear()).isEqualTo(2027);
        assertThat(event.shortfallT()).isGreaterThanOrEqualTo(shortfall2027).isPositive();
        assertThat(event.priceMultiplier()).isGreaterThan(1);
    }

    @Test
    void editedAssumptionsGetAChangesSlideWithDefaultAndScenarioValue() throws IOException {
        Scenario edited = ReportFixtures.scenario("seed-baseline").withAssumption(Param.LEARNING_RATE, 0.15);

        try (XMLSlideShow deck = export(ReportFixtures.content(edited), "")) {
            XSLFSlide changes = deck.getSlides().stream().filter(s -> SlideKit.titleOf(s)
                    .equals("Changes from the sourced defaults: 1 assumption")).findFirst().orElseThrow();
            XSLFTable table = (XSLFTable) changes.getShapes().stream().filter(s -> s instanceof XSLFTable)
                    .findFirst().orElseThrow();
            assertThat(table.getCell(1, 1).getText()).isEqualTo("10% per doubling");
            assertThat(table.getCell(1, 2).getText()).isEqualTo("15% per doubling");
            assertThat(notes(changes)).contains(Param.LEARNING_RATE.key());
        }
    }

    @Test
    void theMarkingStandsOnEverySlideAndThePropertiesAreThisDecksOwn() throws IOException {
        try (XMLSlideShow deck = export(ReportFixtures.content(ReportFixtures.scenario("seed-baseline")),
                "OFFICIAL")) {
            assertThat(deck.getSlides()).allSatisfy(s -> assertThat(text(s)).contains("OFFICIAL"));
            var core = deck.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(NOW.instant());
            assertThat(core.getCreator()).isEqualTo("analyst7");
            assertThat(core.getTitle()).isEqualTo("Rare earth briefing: Seed baseline");
            assertThat(deck.getProperties().getExtendedProperties().getUnderlyingProperties()
                    .getPresentationFormat()).contains("16:9");
        }
    }

    @Test
    void sourcesSlidesSpellOutEveryFactRowTheParametersCite() throws IOException {
        ReportContent c = ReportFixtures.content(ReportFixtures.scenario("seed-baseline"));
        var facts = org.reeplanner.io.FactSheet.readShipped();
        List<org.reeplanner.io.FactSheet.Row> cited = SourceSlides.cited(c, facts);

        try (XMLSlideShow deck = export(c, "")) {
            String sources = deck.getSlides().stream().filter(s -> SlideKit.titleOf(s).startsWith("Sources"))
                    .map(DeckBriefingTest::text).reduce("", String::concat);
            assertThat(cited).extracting(org.reeplanner.io.FactSheet.Row::id).contains("C12", "X5", "D3");
            assertThat(cited).allSatisfy(r -> {
                var citation = org.reeplanner.io.SourceCitations.of(r, facts);
                assertThat(sources).contains(r.id() + "  " + SourceSlides.shorten(r.fact(), 70) + " — ");
                assertThat(sources).as(r.id()).contains(citation.complete()
                        ? citation.publisher() + ", " + citation.year() : citation.publisher() + ", no date");
            });
            assertThat(sources).contains("Mineral Commodity Summaries 2026: Rare Earths. U.S. Geological Survey, "
                    + "2026");
            assertThat(sources).doesNotContain("docs/model.md");
        }
    }

    @Test
    void aLongScenarioNameWrapsInsideTheTitleSlide() throws IOException {
        String name = "A very long scenario name that an analyst typed to say everything about it at once, "
                + "twice over";
        try (XMLSlideShow deck = export(ReportFixtures.content(ReportFixtures.scenario("seed-baseline")
                .withName(name)), "")) {
            XSLFTextShape title = deck.getSlides().get(0).getPlaceholder(0);
            assertThat(title.getText()).isEqualTo(name);
            assertThat(title.getWordWrap()).isTrue();
            assertThat(title.getAnchor().getMaxX()).isLessThanOrEqualTo(SlideKit.WIDTH);
            assertThat(title.getTextParagraphs().get(0).getTextRuns().get(0).getFontSize()).isLessThan(40);
        }
    }

    private static String notes(XSLFSlide slide) {
        return java.util.Arrays.stream(slide.getNotes().getPlaceholders()).map(XSLFTextShape::getText)
                .reduce("", String::concat);
    }

    private static String text(XSLFSlide slide) {
        return DeckExporterTest.text(slide);
    }
}
