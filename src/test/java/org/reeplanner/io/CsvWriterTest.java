package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reeplanner.model.ImpactModel;
import org.reeplanner.model.ModelData;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Series;
import org.reeplanner.model.SeriesInfo;
import org.reeplanner.model.Unit;

class CsvWriterTest {
    private static final int[] YEARS = {2025, 2026};

    @TempDir
    Path dir;

    @Test
    void writesHeaderThenOneRowPerSeriesWithCrlf() {
        String csv = CsvWriter.toCsv(YEARS, List.of(new SeriesInfo("a.t", "Alpha", Unit.TONNES_REO),
                new SeriesInfo("b", "Beta", Unit.FRACTION)), Map.of("a.t", new double[] {1, 2.5},
                "b", new double[] {0.125, -3e-7}));

        assertThat(csv).isEqualTo("series,label,unit,2025,2026\r\n"
                + "a.t,Alpha,t REO,1,2.5\r\n"
                + "b,Beta,fraction,0.125,0\r\n");
    }

    @Test
    void quotesCellsWithCommasAndQuotes() {
        String csv = CsvWriter.toCsv(YEARS, List.of(new SeriesInfo("h", "Say \"hi\", twice", Unit.HHI)),
                Map.of("h", new double[] {1, 2}));

        assertThat(csv.lines().skip(1).findFirst())
                .contains("h,\"Say \"\"hi\"\", twice\",\"HHI (0–10,000)\",1,2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {"=HYPERLINK(\"x\");\"'=HYPERLINK(\"\"x\"\")\"",
        "+1;'+1", "-2+3;'-2+3", "@SUM(A1);'@SUM(A1)", "Mining;Mining", "a=b;a=b", "=1,2;\"'=1,2\""})
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula(String text, String cell) {
        assertThat(CsvWriter.text(text)).isEqualTo(cell);
    }

    @Test
    void neutralisesFormulaLabelsInTheFile() {
        String csv = CsvWriter.toCsv(YEARS, List.of(new SeriesInfo("x", "=cmd|' /C calc'!A0", Unit.DAYS)),
                Map.of("x", new double[] {-1, 0}));

        assertThat(csv).contains("\r\nx,'=cmd|' /C calc'!A0,days,-1,0\r\n");
    }

    @Test
    void usesAPointAsDecimalSeparatorInAnyLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String csv = CsvWriter.toCsv(YEARS, List.of(new SeriesInfo("a", "A", Unit.USD_BN)),
                    Map.of("a", new double[] {1234.5678, 0.1}));
            assertThat(csv).endsWith("a,A,USD bn,1234.5678,0.1\r\n");
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @CsvSource({"TONNES_REO,315861.81120000005,315861.8", "FRACTION,0.81234567,0.812346", "USD_BN,5.5,5.5",
        "USD_PER_KG,21.049999,21.05", "TONNES_REO,-0.01,0", "HHI,2500.0,2500", "TONNES_REO,120000,120000"})
    void roundsValuesToWhatTheirUnitCanShow(Unit unit, double value, String text) {
        assertThat(UnitDecimals.text(unit, value)).isEqualTo(text);
    }

    @Test
    void longFormatHasOneRowPerSeriesAndYearWithScenarioVersionBaselineAndBands() throws IOException {
        ModelData data = ModelDataReader.readShipped();
        ImpactModel model = new ImpactModel(data);
        var scenario = new ScenarioReader(data.focusAreas()).readShipped("seed-baseline");
        Projection run = model.run(scenario);
        Projection base = model.run(scenario.withoutInvestment());
        var bands = new org.reeplanner.model.analysis.MonteCarlo(model).run(scenario, 50, 3,
                org.reeplanner.model.analysis.Progress.NONE);
        Path file = dir.resolve("long.csv");

        CsvWriter.writeLong(file, new CsvWriter.Stamp("Seed baseline", "1.2.3", "2026-03-14"), run, base, bands);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFscenario,model_version,date,series,label,unit,year,value,baseline,"
                + "p10,p50,p90");
        assertThat(lines).hasSize(1 + run.seriesInfo().size() * run.years().length);
        String share = lines.stream().filter(l -> l.contains(",share.china.separation,") && l.contains(",2030,"))
                .findFirst().orElseThrow();
        String[] cells = share.split(",");
        assertThat(cells[0]).isEqualTo("Seed baseline");
        assertThat(cells[1]).isEqualTo("1.2.3");
        assertThat(Double.parseDouble(cells[7])).isCloseTo(run.value(Series.SHARE_CHINA_SEPARATION, 2030),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Double.parseDouble(cells[8])).isCloseTo(base.value(Series.SHARE_CHINA_SEPARATION, 2030),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Double.parseDouble(cells[9])).isLessThanOrEqualTo(Double.parseDouble(cells[11]));
        assertThat(CsvWriter.toLongCsv(new CsvWriter.Stamp("s", "v", "d"), run, base, null).lines().findFirst())
                .contains("scenario,model_version,date,series,label,unit,year,value,baseline");
    }

    @Test
    void refusesNonFiniteValues() {
        assertThatThrownBy(() -> CsvWriter.toCsv(YEARS, List.of(new SeriesInfo("a", "A", Unit.USD_BN)),
                Map.of("a", new double[] {1, Double.NaN}))).hasMessageContaining("a in 2026");
    }

    @Test
    void writesEverySeriesOfAProjectionInUtf8() throws IOException {
        ModelData data = ModelDataReader.readShipped();
        Projection p = new ImpactModel(data).run(new ScenarioReader(data.focusAreas()).readShipped("seed-baseline"));
        Path file = dir.resolve("series.csv");

        CsvWriter.write(file, p);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1 + p.seriesInfo().size());
        assertThat(lines.get(0)).startsWith("\uFEFFseries,label,unit,2025");
        assertThat(String.join("\n", lines)).doesNotContainPattern("\\d\\.\\d{7,}").doesNotContain("E-", "E+");
        assertThat(lines.get(0).split(",")).hasSize(3 + 16);
        assertThat(lines.get(1)).startsWith(p.seriesInfo().get(0).id() + ",");
        assertThat(lines).anyMatch(l -> l.startsWith("hhi.mining,HHI of mining (three regions),\"HHI (0–10,000)\","));
    }
}
