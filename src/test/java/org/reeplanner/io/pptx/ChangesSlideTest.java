package org.reeplanner.io.pptx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportFixtures;
import org.reeplanner.io.report.StandardCharts;
import org.reeplanner.model.Lever;
import org.reeplanner.model.Param;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Progress;

/** The deck's "changes from the sourced defaults" slide: levers off the preset and changed assumptions. */
class ChangesSlideTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    private static final String TITLE = "Changes from the sourced defaults";

    @TempDir
    Path dir;

    @Test
    void leversOffThePresetAreListedWithThePresetsAndTheScenariosMoneyAndYears() throws IOException {
        Scenario seed = ReportFixtures.scenario("seed-baseline");
        Scenario edited = seed.withInvestment("processing", 2.0).withLever("mining", new Lever(3.5, 2027, 3, 0.5))
                .withAssumption(Param.LEARNING_RATE, 0.15);

        try (XMLSlideShow deck = export(ReportFixtures.content(edited))) {
            XSLFSlide slide = changesSlide(deck).orElseThrow();
            assertThat(SlideKit.titleOf(slide)).isEqualTo(TITLE + ": 2 levers off the preset, 1 assumption");
            XSLFTable levers = tables(slide)[0];
            assertThat(levers.getCell(1, 0).getText()).isEqualTo("Mining expansion");
            assertThat(levers.getCell(1, 1).getText()).isEqualTo("USD 3.5 bn over 2025–2029, U.S. share 50%");
            assertThat(levers.getCell(1, 2).getText()).isEqualTo("USD 3.5 bn over 2027–2029, U.S. share 50%");
            assertThat(levers.getCell(2, 1).getText()).startsWith("USD 0.0 bn over");
            assertThat(levers.getCell(2, 2).getText()).startsWith("USD 2.0 bn over");
            assertThat(tables(slide)[1].getCell(1, 2).getText()).isEqualTo("15% per doubling");
            assertThat(DeckExporterTest.text(slide)).contains("Levers off the preset Seed baseline (seed-baseline)");
            assertThat(notes(slide)).contains("Processing", "(processing)", "(mining)", Param.LEARNING_RATE.key());
        }
    }

    @Test
    void aPresetAsShippedHasNoChangesSlide() throws IOException {
        try (XMLSlideShow deck = export(ReportFixtures.content(ReportFixtures.scenario("export-ban-stress")))) {
            assertThat(changesSlide(deck)).isEmpty();
        }
    }

    @Test
    void aScenarioWithoutARecordedPresetSaysSoInsteadOfComparingWithAGuess() throws IOException {
        Scenario unrecorded = ReportFixtures.scenario("seed-baseline").withPreset(null).withInvestment("rnd", 9);

        try (XMLSlideShow deck = export(ReportFixtures.content(unrecorded))) {
            XSLFSlide slide = changesSlide(deck).orElseThrow();
            assertThat(SlideKit.titleOf(slide)).isEqualTo(TITLE + ": no preset recorded");
            assertThat(tables(slide)).isEmpty();
            assertThat(DeckExporterTest.text(slide)).contains("no preset recorded")
                    .contains("every parameter at its sourced value");
        }
    }

    private XMLSlideShow export(ReportContent c) throws IOException {
        Path file = dir.resolve("deck.pptx");
        new DeckExporter("", "analyst7", NOW).write(file, c, StandardCharts.of(c).briefing(null), Progress.NONE);
        return new XMLSlideShow(Files.newInputStream(file));
    }

    private static Optional<XSLFSlide> changesSlide(XMLSlideShow deck) {
        return deck.getSlides().stream().filter(s -> SlideKit.titleOf(s).startsWith(TITLE)).findFirst();
    }

    private static XSLFTable[] tables(XSLFSlide slide) {
        return slide.getShapes().stream().filter(s -> s instanceof XSLFTable).toArray(XSLFTable[]::new);
    }

    private static String notes(XSLFSlide slide) {
        return Arrays.stream(slide.getNotes().getPlaceholders()).map(XSLFTextShape::getText)
                .reduce("", String::concat);
    }
}
