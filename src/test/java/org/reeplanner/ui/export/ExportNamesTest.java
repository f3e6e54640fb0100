package org.reeplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportNamesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Seed baseline|seed-baseline",
        "  Export-ban stress (2027)!  |export-ban-stress-2027",
        "Énergie & Métaux|energie-metaux",
        "=HYPERLINK(\"x\")|hyperlink-x",
        "稀土 plan|稀土-plan",
        "../../etc/passwd|etc-passwd",
        "***|scenario",
    })
    void slugKeepsLettersAndDigitsAndDropsEverythingElse(String name, String slug) {
        assertThat(ExportNames.slug(name)).isEqualTo(slug);
    }

    @Test
    void slugOfNothingIsScenario() {
        assertThat(ExportNames.slug(null)).isEqualTo("scenario");
        assertThat(ExportNames.slug("")).isEqualTo("scenario");
    }

    @Test
    void longNamesAreCutWithoutATrailingHyphen() {
        String slug = ExportNames.slug("a".repeat(59) + " b" + "c".repeat(30));

        assertThat(slug).hasSizeLessThanOrEqualTo(ExportNames.MAX_SLUG_LENGTH).doesNotEndWith("-");
    }

    @Test
    void suggestedNamesCarryScenarioDateAndType() {
        assertThat(ExportNames.suggested(ExportKind.WORKBOOK, "Seed baseline", DAY))
                .isEqualTo("seed-baseline-2026-11-29.xlsx");
        assertThat(ExportNames.suggested(ExportKind.DECK, "Seed baseline", DAY))
                .isEqualTo("seed-baseline-2026-11-29.pptx");
        assertThat(ExportNames.suggested(ExportKind.CSV, "Seed baseline", DAY))
                .isEqualTo("seed-baseline-series-2026-11-29.csv");
        assertThat(ExportNames.suggested(ExportKind.CHARTS, "Seed baseline", DAY))
                .isEqualTo("seed-baseline-charts-2026-11-29");
    }

    @ParameterizedTest
    @CsvSource({
        "report, report.xlsx",
        "report.xlsx, report.xlsx",
        "REPORT.XLSX, REPORT.XLSX",
        "report., report.xlsx",
        "report.xls, report.xls.xlsx",
        "q3.report, q3.report.xlsx",
    })
    void theWorkbookExtensionIsAddedWhenMissing(String typed, String written) {
        Path folder = Path.of("/tmp/exports");

        assertThat(ExportNames.withExtension(folder.resolve(typed), ExportKind.WORKBOOK))
                .isEqualTo(folder.resolve(written));
    }

    @Test
    void eachFileKindGetsItsOwnExtensionAndTheChartFolderNone() {
        Path typed = Path.of("out", "brief");

        assertThat(ExportNames.withExtension(typed, ExportKind.DECK)).hasFileName("brief.pptx");
        assertThat(ExportNames.withExtension(typed, ExportKind.CSV)).hasFileName("brief.csv");
        assertThat(ExportNames.withExtension(typed, ExportKind.CHARTS)).isEqualTo(typed);
    }
}
