package org.reeplanner.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.FactSheet;
import org.reeplanner.io.ShippedScenarios;
import org.reeplanner.io.SourceCitations;
import org.reeplanner.io.report.ReportFixtures;
import org.reeplanner.model.LeverChanges;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Progress;

/**
 * Provenance in the workbook: the preset on its Inputs sheet, the levers off it on ReadMe and Summary, and the
 * sources of the cited fact rows spelled out on the ReadMe.
 */
class WorkbookProvenanceTest {
    private static final ScenarioWorkbookReader READER = new ScenarioWorkbookReader(ReportFixtures.DATA);

    @TempDir
    Path dir;

    private Path export(Scenario s) throws IOException {
        Path file = dir.resolve("book.xlsx");
        new WorkbookExporter().write(file, ReportFixtures.content(s), Progress.NONE);
        return file;
    }

    @Test
    void readMeAndSummaryNameThePresetAndEachLeverOffIt() throws IOException {
        Scenario edited = ReportFixtures.scenario("seed-baseline").withInvestment("processing", 2.0);

        try (XSSFWorkbook wb = open(export(edited))) {
            List<String> readMe = rows(wb.getSheet(WorkbookLayout.README));
            assertThat(readMe).contains("Levers off the preset: 1 lever changed from Seed baseline (seed-baseline)");
            assertThat(readMe).anySatisfy(r -> assertThat(r).startsWith("processing | Processing facilities | 0.00 "
                    + "| 2.00 | 2025–2029, U.S. share 50% → 2025–2029, U.S. share 50%"));
            assertThat(rows(wb.getSheet(WorkbookLayout.SUMMARY))).anySatisfy(r -> assertThat(r).isEqualTo(
                    "Levers off the preset | 1 lever changed from the preset Seed baseline (seed-baseline): "
                            + "Processing facilities USD 0.0 bn → 2.0 bn (ReadMe sheet)"));
        }
    }

    @Test
    void theReadMeSpellsOutTheSourceOfEveryFactRowTheParametersCite() throws IOException {
        FactSheet facts = FactSheet.readShipped();
        try (XSSFWorkbook wb = open(export(ReportFixtures.scenario("seed-baseline")))) {
            List<String> readMe = rows(wb.getSheet(WorkbookLayout.README));
            List<FactSheet.Row> cited = facts.citedBy(ReportFixtures.DATA.parameters());
            assertThat(cited).isNotEmpty();
            for (FactSheet.Row row : cited) {
                assertThat(readMe).contains(row.id() + " | " + row.fact() + " | "
                        + SourceCitations.of(row, facts).text());
            }
            assertThat(readMe).contains("M1 | China (production quota; excludes undocumented) | Mineral Commodity "
                    + "Summaries 2026: Rare Earths. U.S. Geological Survey, 2026");
        }
    }

    @Test
    void withoutARecordedPresetTheWorkbookSaysSo() throws IOException {
        try (XSSFWorkbook wb = open(export(ReportFixtures.scenario("seed-baseline").withPreset(null)))) {
            assertThat(rows(wb.getSheet(WorkbookLayout.README))).contains("Levers off the preset: no preset "
                    + "recorded, so the levers are not compared with one");
            assertThat(rows(wb.getSheet(WorkbookLayout.SUMMARY))).contains("Levers off the preset | no preset "
                    + "recorded, so the levers are not compared with one");
        }
    }

    @Test
    void aLeverEditedOnTheInputsSheetIsComparedWithThePresetRecordedThere() throws Exception {
        Path file = export(ReportFixtures.scenario("export-ban-stress"));
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet inputs = wb.getSheet(WorkbookLayout.INPUTS);
            Row processing = rowLabelled(inputs, "processing");
            processing.getCell(WorkbookLayout.LEVER_MONEY).setCellValue(3.0);
            assertThat(rowLabelled(inputs, WorkbookLayout.PRESET).getCell(1).getStringCellValue())
                    .isEqualTo("export-ban-stress");
            save(wb, file);
        }

        Scenario read = READER.read(file).scenario();
        LeverChanges changes = ShippedScenarios.leverChanges(read, ReportFixtures.DATA.focusAreas());

        assertThat(read.preset()).isEqualTo("export-ban-stress");
        assertThat(changes.changes()).extracting(LeverChanges.Change::focusAreaId).containsExactly("processing");
    }

    @Test
    void anUnknownPresetOnTheInputsSheetIsAWarningNamingTheCellAndRecordsNone() throws Exception {
        Path file = export(ReportFixtures.scenario("seed-baseline"));
        try (XSSFWorkbook wb = open(file)) {
            rowLabelled(wb.getSheet(WorkbookLayout.INPUTS), WorkbookLayout.PRESET).getCell(1)
                    .setCellValue("my-own-preset");
            save(wb, file);
        }

        ScenarioWorkbookReader.Loaded loaded = READER.read(file);

        assertThat(loaded.scenario().preset()).isNull();
        assertThat(loaded.warnings()).filteredOn(p -> p.message().contains("my-own-preset")).singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).matches("Inputs!B\\d+");
                    assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
                });
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void save(XSSFWorkbook wb, Path file) throws IOException {
        Path copy = file.resolveSibling("copy.xlsx");
        try (OutputStream out = Files.newOutputStream(copy)) {
            wb.write(out);
        }
        Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Row rowLabelled(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row labelled " + label);
    }

    /** Each row's non-empty cells as shown, joined with " | ". */
    private static List<String> rows(XSSFSheet sheet) {
        DataFormatter shown = new DataFormatter();
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                String text = shown.formatCellValue(cell);
                if (!text.isBlank()) {
                    cells.add(text);
                }
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }
}
