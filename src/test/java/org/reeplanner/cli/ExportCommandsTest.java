package org.reeplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandsTest {
    private static final Path STRESS = Path.of("sample-data/scenarios/export-ban-stress.json");
    private static Path xlsx;
    private static Path pptx;
    private static Path png;
    private static CliRun run;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    /** One run writing everything: the exports are the slow part, so the tests share them. */
    @BeforeAll
    static void exportEverything() {
        xlsx = shared.resolve("report.xlsx");
        pptx = shared.resolve("deck.pptx");
        png = shared.resolve("charts");
        run = CliRun.of("run", STRESS.toString(), "--xlsx", xlsx.toString(), "--pptx", pptx.toString(),
                "--png", png.toString(), "--monte-carlo", "200", "--marking", "OFFICIAL");
    }

    /** A fresh copy of the exported workbook for a test to edit. */
    private Path workbook() throws IOException {
        return Files.copy(xlsx, dir.resolve("report.xlsx"));
    }

    @Test
    void runWritesWorkbookDeckAndChartPictures() throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote Excel workbook: " + xlsx, "Wrote PowerPoint deck: " + pptx,
                "Wrote 17 chart pictures", "quarter-slide variants");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheet("Uncertainty")).isNotNull();
            assertThat(wb.getSheet("Sensitivity")).isNotNull();
        }
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(pptx))) {
            assertThat(deck.getSlides().stream().filter(s -> s.getShapes().stream().anyMatch(x -> x
                    instanceof org.apache.poi.xslf.usermodel.XSLFGraphicFrame f && f.hasChart()))).hasSize(6);
            assertThat(deck.getSlides()).allSatisfy(s -> assertThat(s.getShapes().stream().filter(x -> x
                    instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t && t.getText().equals("OFFICIAL")))
                    .hasSize(1));
        }
        try (Stream<Path> files = Files.list(png)) {
            assertThat(files).as("17 charts, full size and quarter-slide").hasSize(34)
                    .allMatch(p -> p.toString().endsWith(".png"));
        }
    }

    @Test
    void aMarkingOnSeveralLinesIsRefusedWithExitTwoBeforeAnythingIsWritten() {
        Path deck = dir.resolve("marked.pptx");

        CliRun bad = CliRun.of("run", STRESS.toString(), "--pptx", deck.toString(), "--marking", "OFFICIAL\nSECRET");

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--marking", "control characters");
        assertThat(deck).doesNotExist();
    }

    @Test
    void withoutMonteCarloTheWorkbookHasSensitivityButNoUncertainty() throws IOException {
        Path plain = dir.resolve("plain.xlsx");

        assertThat(CliRun.of("run", STRESS.toString(), "--xlsx", plain.toString()).exitCode()).isZero();

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(plain))) {
            assertThat(wb.getSheet("Uncertainty")).isNull();
            assertThat(wb.getSheet("Sensitivity")).isNotNull();
        }
    }

    @Test
    void anExportedWorkbookRunsAndValidatesLikeItsScenario() throws IOException {
        Path fromJson = dir.resolve("a.json");
        Path fromXlsx = dir.resolve("b.json");
        assertThat(CliRun.of("run", STRESS.toString(), "--json", fromJson.toString()).exitCode()).isZero();

        CliRun again = CliRun.of("run", xlsx.toString(), "--json", fromXlsx.toString());
        CliRun validate = CliRun.of("validate", xlsx.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readAllBytes(fromXlsx)).isEqualTo(Files.readAllBytes(fromJson));
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).startsWith("valid: " + xlsx);
    }

    @Test
    void anEditedWorkbookWithABadCellIsRefusedNamingTheCell() throws IOException {
        Path edited = workbook();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(edited))) {
            wb.getSheet("Inputs").getRow(5).getCell(1).setCellValue(2070);
            try (OutputStream out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }

        CliRun validate = CliRun.of("validate", edited.toString()).refusedAsBadInput();
        CliRun refused = CliRun.of("run", edited.toString()).refusedAsBadInput();

        assertThat(validate.err()).contains("Inputs!B6: found 2070; allowed a whole number from 2030 to 2050");
        assertThat(refused.err()).contains("Inputs!B6");
    }

    @Test
    void editedAssumptionsAreUsedAnnouncedAndCarriedIntoTheJsonSummaryAndDeck() throws IOException {
        Path edited = workbook();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(edited))) {
            var sheet = wb.getSheet("Assumptions");
            for (var row : sheet) {
                if (row.getCell(0) != null && "finance.discountRate".equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(2).setCellValue(0.07);
                }
            }
            try (OutputStream out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }

        Path json = dir.resolve("again.json");
        Path book = dir.resolve("again.xlsx");
        Path deck = dir.resolve("again.pptx");
        CliRun again = CliRun.of("run", edited.toString(), "--json", json.toString(), "--xlsx", book.toString(),
                "--pptx", deck.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Assumptions: 1 parameter edited in " + edited);
        var assumption = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile())
                .path("assumptions").path("finance.discountRate");
        assertThat(assumption.path("value").asDouble()).isEqualTo(0.07);
        assertThat(assumption.path("default").asDouble()).isNotEqualTo(0.07);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
            StringBuilder summary = new StringBuilder();
            wb.getSheet("Summary").forEach(r -> r.forEach(c -> summary.append(c.toString()).append('|')));
            assertThat(summary).contains("changed (1)").doesNotContain("default (every parameter");
        }
        try (XMLSlideShow slides = new XMLSlideShow(Files.newInputStream(deck))) {
            assertThat(slides.getSlides()).anySatisfy(s -> assertThat(s.getTitle())
                    .isEqualTo("Changes from the sourced defaults: 1 assumption"));
        }
    }

    @Test
    void pngMustBeAFolderOrCreatableInAnExistingOne() throws IOException {
        Path file = Files.write(dir.resolve("charts.png"), "x".getBytes(StandardCharsets.UTF_8));

        CliRun onFile = CliRun.of("run", STRESS.toString(), "--png", file.toString()).refusedAsBadInput();
        CliRun deep = CliRun.of("run", STRESS.toString(), "--png", dir.resolve("a/b").toString())
                .refusedAsBadInput();

        assertThat(onFile.err()).contains("--png: " + file + " is a file");
        assertThat(deep.err()).contains("does not exist");
        assertThat(dir.resolve("a")).doesNotExist();
    }

    @Test
    void twoOutputsNamingTheSameFileAreRefusedBeforeAnyWork() {
        Path same = dir.resolve("out.xlsx");

        CliRun run = CliRun.of("run", STRESS.toString(), "--xlsx", same.toString(), "--pptx", same.toString())
                .refusedAsBadInput();

        assertThat(run.err()).contains("same file");
        assertThat(same).doesNotExist();
    }

    @Test
    void anExportIntoAMissingFolderIsABadInputAndWritesNothing() {
        Path xlsx = dir.resolve("missing/report.xlsx");

        CliRun run = CliRun.of("run", STRESS.toString(), "--xlsx", xlsx.toString()).refusedAsBadInput();

        assertThat(run.err()).contains("--xlsx").contains("does not exist");
    }
}
