package org.reeplanner.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportFixtures;
import org.reeplanner.model.Param;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.Series;
import org.reeplanner.model.analysis.Progress;
import org.reeplanner.model.analysis.TornadoBar;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;

class WorkbookExporterTest {
    private static final ReportContent FULL = ReportFixtures.full();
    private static byte[] fullWorkbook;

    @TempDir
    Path dir;

    /** The full report exported once; tests that only read it reopen these bytes. */
    @BeforeAll
    static void exportOnce() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookExporter().write(out, FULL, Progress.NONE);
        fullWorkbook = out.toByteArray();
    }

    private static XSSFWorkbook full() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(fullWorkbook));
    }

    private XSSFWorkbook export(ReportContent content) throws IOException {
        Path file = dir.resolve("report.xlsx");
        new WorkbookExporter().write(file, content, Progress.NONE);
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    @Test
    void hasTheReportSheetsInOrderWithUncertaintySensitivityAndAttributionWhenGiven() throws IOException {
        try (XSSFWorkbook wb = full()) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("ReadMe", "Summary", "Inputs", "Assumptions", "Annual projections",
                    "Costs", "Uncertainty", "Sensitivity", "Attribution", "Data");
        }
        ReportContent plain = new ReportContent(FULL.scenario(), FULL.baseline(), FULL.kpis(), FULL.parameters(),
                null, null, FULL.stamp());
        try (XSSFWorkbook wb = export(plain)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
        }
    }

    @Test
    void summaryHasNativeChartsWithExplicitlyStyledSeries() throws IOException {
        try (XSSFWorkbook wb = full()) {
            List<XSSFChart> charts = wb.getSheet("Summary").getDrawingPatriarch().getCharts();
            assertThat(charts).as("supply, share, spend, risk, price, fan, processing cost, stockpile").hasSize(8);
            assertThat(charts.get(6).getTitleText().getString()).isEqualTo("Processing cost per kg: allied vs China");
            assertThat(charts.get(7).getCTChart().getPlotArea().getLineChartArray(0).getSerList()).hasSize(3);
            CTPlotArea price = charts.get(4).getCTChart().getPlotArea();
            assertThat(price.getLineChartArray(0).getSerList()).hasSize(2);
            assertThat(price.getValAxArray(0).getNumFmt().getFormatCode()).isEqualTo("0");
            assertThat(charts.get(4).getTitleText().getString())
                    .isEqualTo("NdPr oxide reference price; Price floor USD 110/kg (not funded in this scenario)");
            CTPlotArea share = charts.get(1).getCTChart().getPlotArea();
            assertThat(share.getLineChartArray(0).getSerList()).hasSize(6);
            assertThat(share.getLineChartArray(0).getVaryColors().getVal()).isFalse();
            share.getLineChartArray(0).getSerList().forEach(s -> {
                assertThat(s.getSpPr().getLn().isSetSolidFill()).isTrue();
                assertThat(s.getSpPr().getLn().isSetPrstDash()).isTrue();
            });
            assertThat(share.getValAxArray(0).getNumFmt().getFormatCode()).isEqualTo("0%");
            assertThat(charts.get(0).getCTChart().getPlotArea().getAreaChartArray(0).getSerList()).hasSize(3);
            CTPlotArea spend = charts.get(2).getCTChart().getPlotArea();
            assertThat(spend.getBarChartArray(0).getSerList()).hasSize(9);
            assertThat(spend.getLineChartArray(0).getSerList()).hasSize(1);
            assertThat(spend.getValAxList()).hasSize(2);
            CTPlotArea supply = charts.get(0).getCTChart().getPlotArea();
            assertThat(supply.getLineChartArray(0).getSerList()).as("demand and allied without investment")
                    .hasSize(2);
            CTPlotArea risk = charts.get(3).getCTChart().getPlotArea();
            assertThat(risk.getValAxList()).as("the risk index on its own axis").hasSize(2);
            assertThat(risk.getValAxArray(1).getNumFmt().getFormatCode()).isEqualTo("0.0");
            CTPlotArea fan = charts.get(5).getCTChart().getPlotArea();
            assertThat(fan.getAreaChartArray(0).getSerList()).as("P10 floor and the shaded P10–P90 band")
                    .hasSize(2);
            assertThat(fan.getAreaChartArray(0).getSerArray(1).getSpPr().isSetSolidFill()).isTrue();
            assertThat(fan.getLineChartArray(0).getSerList()).as("the median").hasSize(1);
        }
    }

    @Test
    void tablesHaveFrozenHeadersTablesOrFiltersAndLandscapeFitToWidthPrinting() throws IOException {
        try (XSSFWorkbook wb = full()) {
            for (String name : List.of("Assumptions", "Annual projections", "Costs", "Uncertainty", "Sensitivity",
                    "Attribution", "Data")) {
                XSSFSheet sheet = wb.getSheet(name);
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane).as(name).isNotNull();
                assertThat(pane.isFreezePane()).as(name).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).as(name).isEqualTo((short) 3);
                assertThat(!sheet.getTables().isEmpty() || sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                boolean byYear = List.of("Annual projections", "Costs", "Uncertainty").contains(name);
                assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) (byYear ? 3 : 1));
                assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isEqualTo((short) 0);
                assertThat(sheet.getRepeatingRows().getFirstRow()).as(name).isEqualTo(2);
                assertThat(sheet.getRepeatingRows().getLastRow()).as(name).isEqualTo(2);
                assertThat(sheet.getColumnWidth(name.equals("Sensitivity") ? 3 : 1)).as(name)
                        .isGreaterThan(256 * 10);
            }
            List<String> tables = new ArrayList<>();
            wb.forEach(s -> ((XSSFSheet) s).getTables().forEach(t -> tables.add(t.getName())));
            assertThat(tables).containsExactlyInAnyOrder("KpiTable", "LeverTable", "AssumptionTable",
                    "SensitivityTable", "AttributionTable", "DataTable");
            XSSFTable data = wb.getTable("DataTable");
            assertThat(data.getCTTable().getAutoFilter()).isNotNull();
        }
    }

    @Test
    void everyTableColumnIsNamedLikeItsHeaderCellSoExcelNeedNotRepairIt() throws IOException {
        try (XSSFWorkbook wb = full()) {
            for (Sheet s : wb) {
                for (XSSFTable t : ((XSSFSheet) s).getTables()) {
                    Row header = s.getRow(t.getStartCellReference().getRow());
                    for (int i = 0; i < t.getColumnCount(); i++) {
                        Cell cell = header.getCell(t.getStartCellReference().getCol() + i);
                        assertThat(cell.getCellType()).as(t.getName()).isEqualTo(CellType.STRING);
                        assertThat(t.getColumns().get(i).getName()).as(t.getName())
                                .isEqualTo(cell.getStringCellValue());
                    }
                    assertThat(wb.getSheet(t.getName())).as("a sheet named like table %s", t.getName()).isNull();
                }
            }
        }
    }

    @Test
    void projectionCellsHoldTheModelsValuesWithUnitFormats() throws IOException {
        try (XSSFWorkbook wb = full()) {
            Sheet sheet = wb.getSheet("Annual projections");
            Row header = sheet.getRow(2);
            assertThat(header.getCell(3).getNumericCellValue()).as("a numeric year header").isEqualTo(2025);
            Row row = find(sheet, Series.SHARE_CHINA_SEPARATION.id());
            int col = 3 + (ReportFixtures.YEAR - 2025);
            assertThat(row.getCell(col).getNumericCellValue())
                    .isEqualTo(FULL.scenario().value(Series.SHARE_CHINA_SEPARATION, ReportFixtures.YEAR));
            assertThat(row.getCell(col).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Row tonnes = find(sheet, Series.SEPARATION_ALLIED.id());
            assertThat(tonnes.getCell(col).getCellStyle().getDataFormatString()).isEqualTo("#,##0\" t\"");
            Row spend = find(wb.getSheet("Costs"), "spend.mining.usdBn");
            assertThat(spend.getCell(3).getNumericCellValue()).isEqualTo(FULL.scenario().spend(0)[0]);
            assertThat(spend.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("\"USD \"0.00\" bn\"");
            Row p90 = findLast(wb.getSheet("Uncertainty"), Series.RISK_INDEX.id());
            assertThat(p90.getCell(3).getStringCellValue()).isEqualTo("P90");
            assertThat(p90.getCell(4).getNumericCellValue()).isEqualTo(FULL.bands().band("risk.index").p90()[0]);
        }
    }

    @Test
    void totalsAndChangesAreFormulasAReaderCanFollow() throws IOException {
        try (XSSFWorkbook wb = full()) {
            Row spend = find(wb.getSheet("Costs"), "spend.mining.usdBn");
            Cell total = spend.getCell(3 + 16);
            assertThat(total.getCellFormula()).isEqualTo("SUM(D" + (spend.getRowNum() + 1) + ":S"
                    + (spend.getRowNum() + 1) + ")");
            XSSFTable kpis = wb.getTable("KpiTable");
            Row first = wb.getSheet("Summary").getRow(kpis.getStartCellReference().getRow() + 1);
            int r = first.getRowNum() + 1;
            assertThat(first.getCell(5).getCellFormula()).isEqualTo("D" + r + "-E" + r);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(FULL.kpis().cards().get(0).change());
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            Sheet projections = wb.getSheet("Annual projections");
            Row header = projections.getRow(2);
            Cell match = header.createCell(40);
            match.setCellFormula("MATCH(2030,D3:S3,0)");
            assertThat(evaluator.evaluate(match).getNumberValue()).isEqualTo(6);
        }
    }

    @Test
    void readMeComesFirstWithScenarioVersionDateAndChangedAssumptions() throws IOException {
        Scenario edited = ReportFixtures.scenario("seed-baseline").withAssumption(Param.DISCOUNT_RATE, 0.07);
        try (XSSFWorkbook wb = export(ReportFixtures.content(edited))) {
            Sheet readMe = wb.getSheetAt(0);
            StringBuilder text = new StringBuilder();
            readMe.forEach(r -> r.forEach(c -> text.append(c).append('|')));
            assertThat(readMe.getSheetName()).isEqualTo("ReadMe");
            assertThat(text).contains("Seed baseline", "v1.2.3", "2026-03-14",
                    "Changed assumptions: 1 differ from the sourced defaults", Param.DISCOUNT_RATE.key(), "Data");
            Row changed = find(readMe, Param.DISCOUNT_RATE.key());
            assertThat(changed.getCell(2).getNumericCellValue()).isEqualTo(ReportFixtures.DATA.parameters()
                    .base(Param.DISCOUNT_RATE));
            assertThat(changed.getCell(3).getNumericCellValue()).isEqualTo(0.07);
        }
    }

    @Test
    void dataSheetHoldsEverySeriesAndYearInLongFormatWithBaselineAndBands() throws IOException {
        try (XSSFWorkbook wb = full()) {
            XSSFTable data = wb.getTable("DataTable");
            assertThat(data.getColumns()).extracting(c -> c.getName()).containsExactly("Series ID", "Series",
                    "Unit", "Year", "Scenario", "Baseline", "P10", "P50", "P90");
            assertThat(data.getEndCellReference().getRow() - data.getStartCellReference().getRow())
                    .isEqualTo(FULL.seriesInfo().size() * FULL.scenario().years().length);
            Sheet sheet = wb.getSheet("Data");
            Row row = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 2 && r.getCell(0).getStringCellValue().equals("risk.index")
                        && r.getCell(3).getNumericCellValue() == 2030) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(FULL.scenario().value(Series.RISK_INDEX,
                    2030));
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(FULL.baseline().value(Series.RISK_INDEX,
                    2030));
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(FULL.bands().band("risk.index").p90()[5]);
        }
    }

    @Test
    void summaryListsTheSixKpisWithBaselineAndDocumentPropertiesNameTheProduct() throws IOException {
        try (XSSFWorkbook wb = full()) {
            XSSFTable kpis = wb.getTable("KpiTable");
            assertThat(kpis.getEndCellReference().getRow() - kpis.getStartCellReference().getRow()).isEqualTo(6);
            Row first = wb.getSheet("Summary").getRow(kpis.getStartCellReference().getRow() + 1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("share.china.separation");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(FULL.kpis().cards().get(0).value());
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(FULL.kpis().cards().get(0).baseline());
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("Rare Earth Resilience Planner");
            assertThat(core.getTitle()).contains("Accelerated allied");
            assertThat(core.getKeywords()).contains("rare earths");
            assertThat(core.getSubject()).isNotBlank();
        }
    }

    @Test
    void sensitivityHasANativeTornadoChartOfTheWidestInputs() throws IOException {
        try (XSSFWorkbook wb = full()) {
            List<XSSFChart> charts = wb.getSheet("Sensitivity").getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            var bars = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0);
            assertThat(bars.getSerList()).hasSize(2);
            assertThat(bars.getBarDir().getVal().toString()).isEqualTo("bar");
        }
    }

    @Test
    void everySheetPrintsAHeaderWithTheScenarioAndAFooterWithThePageNumber() throws IOException {
        try (XSSFWorkbook wb = full()) {
            for (Sheet sheet : wb) {
                XSSFSheet s = (XSSFSheet) sheet;
                assertThat(s.getHeader().getRight()).as(s.getSheetName()).isEqualTo(FULL.scenarioInput().name());
                assertThat(s.getHeader().getLeft()).as(s.getSheetName()).contains("&A");
                assertThat(s.getFooter().getRight()).as(s.getSheetName()).isEqualTo("Page &P of &N");
                assertThat(s.getFooter().getLeft()).as(s.getSheetName()).contains(FULL.stamp().versionText());
                assertThat(s.getPrintSetup().getLandscape()).as(s.getSheetName()).isTrue();
            }
            for (String name : List.of("Summary", "Sensitivity")) {
                XSSFSheet sheet = wb.getSheet(name);
                int[] rowBreaks = sheet.getRowBreaks();
                assertThat(rowBreaks).as(name + ": the charts start on a fresh page").isNotEmpty();
                for (var shape : sheet.getDrawingPatriarch().getShapes()) {
                    var anchor = (org.apache.poi.xssf.usermodel.XSSFClientAnchor) shape.getAnchor();
                    assertThat(java.util.Arrays.stream(rowBreaks).noneMatch(b -> b >= anchor.getRow1()
                            && b < anchor.getRow2())).as(name + ": no page break inside a chart").isTrue();
                }
            }
            int[] breaks = wb.getSheet("Annual projections").getColumnBreaks();
            assertThat(breaks).as("16 years in blocks of 6, 6 and 4").hasSize(2);
            assertThat(wb.getSheet("Annual projections").getRepeatingColumns().getLastColumn()).isEqualTo(2);
        }
    }

    @Test
    void sensitivityStudiesEveryKpiAndNotesEveryLeverThatLeavesOneUnmoved() throws IOException {
        ReportContent c = ReportFixtures.content(ReportFixtures.scenario("export-ban-stress"));
        try (XSSFWorkbook wb = export(c)) {
            XSSFSheet sheet = wb.getSheet("Sensitivity");
            String text = sheetText(sheet);
            for (var k : c.kpis().cards()) {
                assertThat(text).as(k.id()).contains(k.label() + " in " + ReportFixtures.YEAR);
            }
            assertThat(text).contains(c.studies().focusReason());
            int levers = 0;
            for (Row row : sheet) {
                Cell kind = row.getCell(1);
                if (kind != null && kind.getCellType() == CellType.STRING
                        && kind.getStringCellValue().equals("Lever")) {
                    levers++;
                    double swing = row.getCell(SensitivitySheet.NOTE_COL - 1).getNumericCellValue();
                    String note = row.getCell(SensitivitySheet.NOTE_COL).getStringCellValue();
                    if (swing == 0) {
                        assertThat(note).as("row " + row.getRowNum()).startsWith("no effect on ");
                    }
                    if (note.startsWith("no effect on ")) {
                        assertThat(swing).as("row " + row.getRowNum() + ": " + note).isLessThan(1e-6);
                    }
                }
            }
            assertThat(levers).as("three funded levers, six KPIs").isEqualTo(18);
            String attribution = sheetText(wb.getSheet("Attribution"));
            assertThat(attribution).contains("Mining expansion").contains("no effect on ");
            String summary = sheetText(wb.getSheet("Summary"));
            assertThat(summary).contains("Key assumptions: the parameters that move " + c.sensitivity().series()
                    .label());
            TornadoBar widest = c.sensitivity().bars().stream().filter(b -> b.kind() == TornadoBar.Kind.PARAMETER)
                    .findFirst().orElseThrow();
            assertThat(summary).contains(widest.key());
        }
    }

    private static String sheetText(Sheet sheet) {
        StringBuilder b = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    b.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return b.toString();
    }

    @Test
    void attributionSheetWalksFromTheBaselineToTheScenarioInPartsThatAddUp() throws IOException {
        ReportContent c = ReportFixtures.full();
        try (XSSFWorkbook wb = export(c)) {
            XSSFSheet sheet = wb.getSheet("Attribution");
            XSSFTable table = sheet.getTables().get(0);
            int first = table.getStartCellReference().getRow() + 1;
            int last = table.getEndCellReference().getRow();
            assertThat(sheet.getRow(first).getCell(0).getStringCellValue())
                    .isEqualTo("No new investment, default assumptions");
            assertThat(sheet.getRow(last).getCell(0).getStringCellValue()).isEqualTo("Scenario");
            assertThat(sheet.getRow(last - 1).getCell(0).getStringCellValue()).isEqualTo("Changed assumptions");
            double pointsSum = 0;
            for (int r = first + 1; r < last; r++) {
                pointsSum += sheet.getRow(r).getCell(2).getNumericCellValue();
            }
            double start = sheet.getRow(first).getCell(3).getNumericCellValue();
            double end = sheet.getRow(last).getCell(3).getNumericCellValue();
            assertThat(start + pointsSum).isCloseTo(end, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(end).isEqualTo(c.scenario().value(org.reeplanner.model.Series.byId(c.attribution()
                    .seriesId()), ReportFixtures.YEAR));
        }
    }

    @Test
    void controlCharactersAreReplacedSoTheFileStaysValidXml() throws IOException {
        Scenario odd = ReportFixtures.scenario("seed-baseline").withName("Bell\u0007 and tab\tname");
        try (XSSFWorkbook wb = export(ReportFixtures.content(odd))) {
            assertThat(wb.getSheet("Inputs").getRow(3).getCell(1).getStringCellValue())
                    .isEqualTo("Bell\uFFFD and tab\tname");
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        Scenario evil = ReportFixtures.scenario("seed-baseline").withName("=HYPERLINK(\"http://evil\",\"click\")");
        try (XSSFWorkbook wb = export(ReportFixtures.content(evil))) {
            Cell name = wb.getSheet("Inputs").getRow(3).getCell(1);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\",\"click\")");
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.FORMULA) {
                    assertThat(cell.getCellFormula()).as(sheet.getSheetName())
                            .matches("1-F\\d+|D\\d+\\+E\\d+-1|[A-S]\\d+-[A-S]\\d+|SUM\\(D\\d+:S\\d+\\)");
                }
            })));
        }
    }

    @Test
    void aFailedExportKeepsTheExistingFileByteForByteAndLeavesNoTemporaryFile() throws IOException {
        Path file = Files.write(dir.resolve("report.xlsx"), "previous report".getBytes(StandardCharsets.UTF_8));
        Progress failing = new Progress() {
            @Override
            public void report(double fraction) {
                if (fraction > 0.5) {
                    throw new IllegalStateException("injected failure");
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        assertThatThrownBy(() -> new WorkbookExporter().write(file, FULL, failing))
                .hasMessageContaining("injected failure");

        assertThat(file).hasContent("previous report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aMissingFolderFailsWithoutCreatingIt() {
        Path file = dir.resolve("missing/report.xlsx");

        assertThatThrownBy(() -> new WorkbookExporter().write(file, FULL, Progress.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        assertThat(file.getParent()).doesNotExist();
    }

    static Row find(Sheet sheet, String id) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no row " + id + " on " + sheet.getSheetName());
    }

    private static Row findLast(Sheet sheet, String id) {
        Row last = null;
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(id)) {
                last = r;
            }
        }
        return last;
    }
}
