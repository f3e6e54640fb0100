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
    @ValueSource(strings = {"seed-baseline", "accelerated-allied", "export-ban-stress", "no-new-investment"})
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
    void editedAssumptionsBecomeParameterOverrides() throws Exception {
        Path file = edited(wb -> WorkbookExporterTest.find(wb.getSheet("Assumptions"), Param.DISCOUNT_RATE.key())
                .getCell(2).setCellValue(0.04));

        ScenarioWorkbookReader.Loaded loaded = READER.read(file);

        assertThat(loaded.parameterOverrides()).containsOnlyKeys(Param.DISCOUNT_RATE);
        assertThat(loaded.applyTo(ReportFixtures.DATA).parameters().base(Param.DISCOUNT_RATE)).isEqualTo(0.04);
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
}
