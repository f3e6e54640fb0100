package org.reeplanner.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeplanner.io.CsvWriter;
import org.reeplanner.io.ResultJsonWriter;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportFixtures;
import org.reeplanner.io.xlsx.WorkbookExporter;
import org.reeplanner.model.Projection;
import org.reeplanner.model.SeriesInfo;
import org.reeplanner.model.analysis.Progress;

/**
 * The CSV, the result JSON and the workbook's annual projections list every output series the model makes, Model v2's
 * market series included, with one value per year and the same numbers.
 */
class EverySeriesInExportsTest {
    private static final ReportContent CONTENT = ReportFixtures.content(ReportFixtures.scenario("seed-baseline")
            .withInvestment("offtake", 2));
    private static final Projection RUN = CONTENT.scenario();
    private static List<String> csvIds;
    private static JsonNode json;
    private static List<String> workbookIds;

    static List<String> modelV2Series() {
        return List.of("price.ndpr.usdPerKg", "balance.separation.t", "utilisation.allied.separation",
                "utilisation.allied.magnets", "ore.allied.toAllied.t", "ore.allied.toRow.t", "ore.allied.toChina.t",
                "ore.allied.stockpiled.t", "ore.allied.stock.t", "capacity.allied.separation.t",
                "capacity.row.separation.t", "capacity.china.separation.t", "capacity.allied.magnets.t",
                "offtake.covered.t", "stockpile.purchases.t", "spend.offtake.usdBn");
    }

    static List<String> everySeries() {
        return RUN.seriesInfo().stream().map(SeriesInfo::id).toList();
    }

    @BeforeAll
    static void exportOnce() throws IOException {
        String csv = CsvWriter.toCsv(RUN.years(), RUN.seriesInfo(), RUN.byId());
        csvIds = Arrays.stream(csv.split("\r\n")).skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
        json = new ObjectMapper().readTree(new String(ResultJsonWriter.toBytes(RUN, CONTENT.kpis()),
                StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookExporter().write(out, CONTENT, Progress.NONE);
        workbookIds = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Row row : wb.getSheet("Annual projections")) {
                Cell id = row.getCell(0);
                if (id != null && id.getCellType() == CellType.STRING) {
                    workbookIds.add(id.getStringCellValue());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("modelV2Series")
    void modelV2sMarketSeriesAreAmongTheModelsSeries(String id) {
        assertThat(everySeries()).contains(id);
    }

    @ParameterizedTest
    @MethodSource("everySeries")
    void everySeriesIsARowOfTheCsvAndTheWorkbookAndAnArrayOfTheJson(String id) {
        assertThat(csvIds).as("CSV").contains(id);
        assertThat(workbookIds.stream().filter(id::equals)).as("Annual projections: scenario and baseline table")
                .hasSize(2);
        JsonNode values = json.path("series").path(id);
        assertThat(values.size()).as("JSON").isEqualTo(RUN.yearCount());
        assertThat(values.get(5).asDouble()).isEqualTo(RUN.values(id)[5]);
    }
}
