package org.reeplanner.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeplanner.io.InputException;
import org.reeplanner.io.report.ReportFixtures;
import org.reeplanner.model.Param;
import org.reeplanner.model.Problem;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Progress;

class ScenarioWorkbookReaderTest {
    private static final ScenarioWorkbookReader READER = new ScenarioWorkbookReader(ReportFixtures.DATA);

    @TempDir
    Path dir;

    private Path export(Scenario s) throws IOException {
        Path file = dir.resolve(s.name().replaceAll("\\W", "") + ".xlsx");
        new WorkbookExporter().write(file, ReportFixtures.content(s), Progress.NONE);
        return file;
    }

    /** The seed baseline exported once; each edit starts from these bytes. */
    private static byte[] seed;

    @BeforeAll
    static void exportSeedOnce() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookExporter().write(out, ReportFixtures.content(ReportFixtures.scenario("seed-baseline")),
                Progress.NONE);
        seed = out.toByteArray();
    }

    /** The exported seed baseline with an edit applied by POI (as a person would in Excel), saved. */
    private Path edited(Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(seed))) {
            edit.accept(wb);
            Path out = dir.resolve("edited.xlsx");
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
            return out;
        }
    }

    private static Problem onlyError(Path file) {
        InputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InputException.class,
                () -> READER.read(file));
        assertThat(e).as("expected the workbook to be refused").isNotNull();
        assertThat(e.problems().stream().filter(Problem::isError)).hasSize(1);
        return e.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-baseline", "accelerated-allied", "export-ban-stress", "no-new-investment",
        "china-controls-2025-replay", "snap-back-2026", "dod-mp-2025", "us-australia-framework-2025",
        "us-magnet-buildout"})
    void anExportedScenarioReadsBackUnchangedWithoutParameterOverrides(String stem) throws Exception {
        Scenario s = ReportFixtures.scenario(stem);

        ScenarioWorkbookReader.Loaded loaded = READER.read(export(s));

        assertThat(loaded.scenario()).isEqualTo(s);
        assertThat(loaded.parameterOverrides()).isEmpty();
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void aNameThatLooksLikeAFormulaRoundTripsAsText() throws Exception {
        Scenario s = ReportFixtures.scenario("seed-baseline").withName("=HYPERLINK(\"http://x\",\"y\")");

        assertThat(READER.read(export(s)).scenario()).isEqualTo(s);
    }

    @Test
    void editedLeverAndEventCellsAreRead() throws Exception {
        Path file = edited(wb -> {
            var inputs = wb.getSheet("Inputs");
            WorkbookExporterTest.find(inputs, "processing").getCell(2).setCellValue(4.25);
            inputs.getRow(6).getCell(1).setCellValue("High");
            inputs.getRow(7).getCell(1).setCellValue("Yes");
        });

        Scenario s = READER.read(file).scenario();

        assertThat(s.lever("processing").investmentUsdBn()).isEqualTo(4.25);
        assertThat(s.demandCase().id()).isEqualTo("high");
        assertThat(s.disruption().enabled()).isTrue();
    }

    @Test
    void anInvestmentOutOfRangeIsReportedWithItsCell() throws Exception {
        Path file = edited(wb -> WorkbookExporterTest.find(wb.getSheet("Inputs"), "mining").getCell(2)
                .setCellValue(150));

        Problem p = onlyError(file);

        assertThat(p.path()).matches("Inputs!C\\d+");
        assertThat(p.found()).isEqualTo("150");
        assertThat(p.allowed()).contains("0 to 100 USD bn");
    }

    @Test
    void textInANumberCellAndAnUnknownDemandCaseAreReportedTogether() throws Exception {
        Path file = edited(wb -> {
            var inputs = wb.getSheet("Inputs");
            inputs.getRow(5).getCell(1).setCellValue("soon");
            inputs.getRow(6).getCell(1).setCellValue("Huge");
        });

        InputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InputException.class,
                () -> READER.read(file));

        assertThat(e.problems()).extracting(Problem::path).containsExactly("Inputs!B6", "Inputs!B7");
        assertThat(e.problems().get(0).found()).isEqualTo("the text \"soon\"");
        assertThat(e.problems().get(1).allowed()).isEqualTo("Low, Base or High");
    }

    @Test
    void aLeverEndingAfterTheEndYearIsReportedAtItsDurationCell() throws Exception {
        Path file = edited(wb -> WorkbookExporterTest.find(wb.getSheet("Inputs"), "rnd").getCell(3)
                .setCellValue(2039));

        Problem p = onlyError(file);

        assertThat(p.path()).matches("Inputs!E\\d+");
        assertThat(p.allowed()).contains("ends by the end year 2040");
    }

    @Test
    void editedAssumptionsBecomeTheScenariosChangedAssumptionsOverTheSourcedDefaults() throws Exception {
        Path file = edited(wb -> WorkbookExporterTest.find(wb.getSheet("Assumptions"), Param.DISCOUNT_RATE.key())
                .getCell(2).setCellValue(0.04));

        ScenarioWorkbookReader.Loaded loaded = READER.read(file);

        assertThat(loaded.parameterOverrides()).containsOnlyKeys(Param.DISCOUNT_RATE);
        assertThat(loaded.scenarioWithAssumptions(ReportFixtures.DATA.parameters()).assumptions())
                .containsExactly(java.util.Map.entry(Param.DISCOUNT_RATE, 0.04));
        assertThat(loaded.applyRangesTo(ReportFixtures.DATA).parameters().base(Param.DISCOUNT_RATE))
                .as("the sourced default stays the model's value").isEqualTo(ReportFixtures.DATA.parameters()
                        .base(Param.DISCOUNT_RATE));
    }

    @Test
    void anAssumptionOutsideItsRowsRangeIsReportedWithItsCell() throws Exception {
        Path file = edited(wb -> WorkbookExporterTest.find(wb.getSheet("Assumptions"),
                Param.ALLIED_DEMAND_SHARE.key()).getCell(2).setCellValue(1.5));

        Problem p = onlyError(file);

        assertThat(p.path()).matches("Assumptions!C\\d+");
        assertThat(p.found()).isEqualTo("1.5");
        assertThat(p.allowed()).contains("row's low");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithoutAStackTrace() throws IOException {
        Path text = Files.write(dir.resolve("x.xlsx"), "not a zip".getBytes(StandardCharsets.UTF_8));
        Path zip = Files.write(dir.resolve("y.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});

        assertThat(onlyError(text).found()).contains("not a ZIP");
        assertThat(onlyError(zip).path()).isEqualTo("(file)");
        assertThatThrownBy(() -> READER.read(dir.resolve("none.xlsx"))).isInstanceOf(InputException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void sheetNamesAreFoundWithoutRegardToCaseAsInExcel() throws Exception {
        Path file = edited(wb -> {
            wb.setSheetName(wb.getSheetIndex("Inputs"), "INPUTS");
            WorkbookExporterTest.find(wb.getSheet("INPUTS"), "mining").getCell(2).setCellValue("-0");
        });

        ScenarioWorkbookReader.Loaded loaded = READER.read(file);

        assertThat(loaded.scenario().lever("mining").investmentUsdBn()).isEqualTo(0.0).isNotNegative();
        assertThat(Double.doubleToRawLongBits(loaded.scenario().lever("mining").investmentUsdBn())).isZero();
    }

    @Test
    void aWorkbookWithoutAnInputsSheetIsRefused() throws Exception {
        Path file = edited(wb -> wb.setSheetName(wb.getSheetIndex("Inputs"), "Other"));

        assertThat(onlyError(file).found()).contains("no sheet named 'Inputs'");
    }

    @Test
    void recognisesWorkbooksByExtensionOrZipSignature() throws IOException {
        Path json = Files.write(dir.resolve("s.json"), "{}".getBytes(StandardCharsets.UTF_8));
        Path noExtension = Files.write(dir.resolve("report"), new byte[] {'P', 'K', 3, 4, 0});

        assertThat(ScenarioWorkbookReader.isWorkbook(dir.resolve("a.XLSX"))).isTrue();
        assertThat(ScenarioWorkbookReader.isWorkbook(json)).isFalse();
        assertThat(ScenarioWorkbookReader.isWorkbook(noExtension)).isTrue();
    }

    @Test
    void aBlankRowInsertedInTheLeverTableIsSkippedWithAWarningAndTheLeversBelowAreRead() throws Exception {
        Path file = edited(wb -> {
            var inputs = wb.getSheet("Inputs");
            int rnd = WorkbookExporterTest.find(inputs, "rnd").getRowNum();
            inputs.shiftRows(rnd, inputs.getLastRowNum(), 1);
        });

        ScenarioWorkbookReader.Loaded loaded = READER.read(file);

        assertThat(loaded.scenario()).isEqualTo(ReportFixtures.scenario("seed-baseline"));
        assertThat(loaded.warnings()).singleElement().satisfies(w -> {
            assertThat(w.isError()).isFalse();
            assertThat(w.path()).matches("Inputs row \\d+");
            assertThat(w.found()).isEqualTo("a blank row inside the lever table");
        });
    }

    @Test
    void aClearedLeverIdIsSkippedWithAWarningNamingItsCell() throws Exception {
        Path file = edited(wb -> WorkbookExporterTest.find(wb.getSheet("Inputs"), "rnd").getCell(0)
                .setBlank());

        ScenarioWorkbookReader.Loaded loaded = READER.read(file);

        assertThat(loaded.scenario().lever("rnd").investmentUsdBn()).isZero();
        assertThat(loaded.scenario().lever("recycling").investmentUsdBn()).isEqualTo(0.8);
        assertThat(loaded.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).matches("Inputs!A\\d+");
            assertThat(w.found()).contains("an empty focus area ID");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"3,5", "0x1p1", "1,000", "3.5.1", "NaN", "Infinity", "3.5d", "five"})
    void aLeverAmountThatIsNotAPlainDecimalIsRefusedWithItsCellAndWhatToType(String typed) throws Exception {
        Path file = edited(wb -> WorkbookExporterTest.find(wb.getSheet("Inputs"), "mining").getCell(2)
                .setCellValue(typed));

        Problem p = onlyError(file);

        assertThat(p.path()).matches("Inputs!C\\d+");
        assertThat(p.found()).isEqualTo("the text \"" + typed + "\"");
        assertThat(p.allowed()).contains("0 to 100 USD bn; ");
    }

    @Test
    void aFormulaWithoutAStoredResultIsRefusedNotReadAsZero() throws Exception {
        Path file = edited(wb -> {
            var cell = (org.apache.poi.xssf.usermodel.XSSFCell) WorkbookExporterTest.find(wb.getSheet("Inputs"),
                    "mining").getCell(2);
            cell.setCellFormula("2+1.5");
            if (cell.getCTCell().isSetV()) {
                cell.getCTCell().unsetV();
            }
        });

        Problem p = onlyError(file);

        assertThat(p.found()).isEqualTo("a formula (=2+1.5) with no stored result");
        assertThat(p.allowed()).contains("open and save the file in Excel or LibreOffice");
    }

    @Test
    void aFormulaWithAStoredResultCountsByThatResult() throws Exception {
        Path file = edited(wb -> {
            var cell = WorkbookExporterTest.find(wb.getSheet("Inputs"), "mining").getCell(2);
            cell.setCellFormula("2+1.5");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        });

        assertThat(READER.read(file).scenario().lever("mining").investmentUsdBn()).isEqualTo(3.5);
    }

    /** Typed amounts, mostly plain decimals, some not: each is read exactly as written or refused, never misread. */
    @Test
    void aTypedAmountIsReadAsItsPlainDecimalValueOrRefused() throws Exception {
        java.util.Random random = new java.util.Random(19);
        String[] junk = {",", "e", "x", "p", "%", " ", "-", "+", "d", "_"};
        for (int i = 0; i < 25; i++) {
            StringBuilder t = new StringBuilder(Integer.toString(random.nextInt(100)));
            if (random.nextBoolean()) {
                t.append('.').append(random.nextInt(1000));
            }
            if (random.nextInt(3) == 0) {
                t.insert(random.nextInt(t.length() + 1), junk[random.nextInt(junk.length)]);
            }
            String typed = t.toString();
            Path file = edited(wb -> WorkbookExporterTest.find(wb.getSheet("Inputs"), "mining").getCell(2)
                    .setCellValue(typed));
            Double plain = org.reeplanner.io.PlainNumber.parse(typed);
            if (plain != null && plain >= 0 && plain <= 100) {
                assertThat(READER.read(file).scenario().lever("mining").investmentUsdBn()).as(typed)
                        .isEqualTo(Double.parseDouble(typed.strip()));
            } else {
                assertThat(onlyError(file).path()).as(typed).matches("Inputs!C\\d+");
            }
        }
    }

    @Test
    void aPercentageIsAcceptedForAShareButNotForAnAmount() throws Exception {
        Path share = edited(wb -> WorkbookExporterTest.find(wb.getSheet("Inputs"), "mining").getCell(5)
                .setCellValue("60%"));
        assertThat(READER.read(share).scenario().lever("mining").usShare()).isEqualTo(0.6);

        Path amount = edited(wb -> WorkbookExporterTest.find(wb.getSheet("Inputs"), "mining").getCell(2)
                .setCellValue("60%"));
        assertThat(onlyError(amount).found()).isEqualTo("the text \"60%\"");
    }

    @Test
    void aNameOfficeFilesCannotHoldIsRefusedWithItsPosition() throws Exception {
        // Excel stores characters XML cannot carry as _xHHHH_; this is U+0007, the bell.
        Path file = edited(wb -> wb.getSheet("Inputs").getRow(3).getCell(1).setCellValue("Seed _x0007_ bell"));

        Problem p = onlyError(file);

        assertThat(p.path()).isEqualTo("Inputs!B4");
        assertThat(p.found()).isEqualTo("the character U+0007 (a control character) at character 6");
    }

    @Test
    void aDescriptionMayHoldLineBreaksButNoOtherControlCharacters() throws Exception {
        Path breaks = edited(wb -> wb.getSheet("Inputs").getRow(4).getCell(1).setCellValue("one\ntwo\tthree"));
        assertThat(READER.read(breaks).scenario().description()).isEqualTo("one\ntwo\tthree");

        Path nul = edited(wb -> wb.getSheet("Inputs").getRow(4).getCell(1).setCellValue("one_x0000_two"));
        assertThat(onlyError(nul).path()).isEqualTo("Inputs!B5");
    }
}
