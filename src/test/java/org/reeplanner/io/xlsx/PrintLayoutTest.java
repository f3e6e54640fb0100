package org.reeplanner.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.reeplanner.io.report.AppVersion;
import org.reeplanner.io.report.ReportStamp;

class PrintLayoutTest {

    @Test
    void everyHorizonPrintsInEvenBlocksOfAtMostSixYearsAPage() throws IOException {
        for (int years = 1; years <= 40; years++) {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                XSSFSheet sheet = wb.createSheet();
                int first = 3;
                int blocks = PrintLayout.yearBlocks(sheet, first, first + years - 1);
                int[] breaks = sheet.getColumnBreaks();
                assertThat(blocks).as(years + " years").isEqualTo((years + 5) / 6);
                assertThat(breaks).as(years + " years").hasSize(blocks - 1);
                int[] edges = new int[blocks + 1];
                edges[0] = first - 1;
                for (int i = 0; i < breaks.length; i++) {
                    edges[i + 1] = breaks[i];
                }
                edges[blocks] = first + years - 1;
                int[] sizes = new int[blocks];
                for (int i = 0; i < blocks; i++) {
                    sizes[i] = edges[i + 1] - edges[i];
                }
                assertThat(Arrays.stream(sizes).boxed().toList()).as(years + " years").allMatch(n -> n >= 1 && n <= 6);
                assertThat(Arrays.stream(sizes).max().orElseThrow() - Arrays.stream(sizes).min().orElseThrow())
                        .as("blocks as even as they go").isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void anAmpersandInTheScenarioNamePrintsRatherThanStartingAFieldCode() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet();
            ReportStamp stamp = new ReportStamp(AppVersion.current(), java.time.LocalDate.of(2026, 3, 14), "R&D");
            PrintLayout.headerFooter(sheet, "R&D push", stamp);
            assertThat(sheet.getHeader().getRight()).isEqualTo("R&&D push");
            PrintLayout.headerFooter(sheet, "x".repeat(300), stamp);
            assertThat(sheet.getHeader().getRight().length()).isLessThan(100);
        }
    }
}
