package org.reeplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.ModelDataReader;
import org.reeplanner.model.FocusArea;

/**
 * Every text the exports and the command line give for every shipped scenario (workbook cells, number formats,
 * chart titles, headers and footers; slides, tables and speaker notes; CSV; the printed summary) in one currency
 * style ("USD 1.2 bn", never "$"), one spelling ("programme") and with plurals that agree with their counts.
 */
class OutputWordingTest {
    /** Text nodes of Office XML parts (cells, runs, chart caches), number formats, headers and footers. */
    private static final Pattern XML_TEXT = Pattern.compile("<(?:a:t|t|c:v|v|oddHeader|oddFooter|dc:title"
            + "|dc:subject|dc:description|cp:keywords)(?: [^>]*)?>([^<]*)</|formatCode=\"([^\"]*)\"");
    private static final Map<String, String> TEXTS = new LinkedHashMap<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void exportEveryShippedScenario() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> files = Files.list(Path.of("sample-data/scenarios"))) {
            scenarios = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path scenario : scenarios) {
            String stem = scenario.getFileName().toString().replace(".json", "");
            Path xlsx = dir.resolve(stem + ".xlsx");
            Path pptx = dir.resolve(stem + ".pptx");
            Path csv = dir.resolve(stem + ".csv");
            Path csvLong = dir.resolve(stem + "-long.csv");
            CliRun run = CliRun.of("run", scenario.toString(), "--xlsx", xlsx.toString(), "--pptx",
                    pptx.toString(), "--csv", csv.toString(), "--csv-long", csvLong.toString());
            assertThat(run.exitCode()).as(stem + ": " + run.err()).isZero();
            TEXTS.put(stem + " (command line)", run.out());
            TEXTS.put(stem + ".xlsx", officeText(xlsx));
            TEXTS.put(stem + ".pptx", officeText(pptx));
            TEXTS.put(stem + ".csv", Files.readString(csv, StandardCharsets.UTF_8));
            TEXTS.put(stem + "-long.csv", Files.readString(csvLong, StandardCharsets.UTF_8));
        }
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(9);
    }

    private static String officeText(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().endsWith(".xml")) {
                    continue;
                }
                Matcher m = XML_TEXT.matcher(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    text.append(unescape(m.group(1) != null ? m.group(1) : m.group(2))).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    @Test
    void moneyIsWrittenUsdAmountUnitNeverWithADollarSign() {
        TEXTS.forEach((where, text) -> {
            assertThat(text).as(where).isNotEmpty().doesNotContain("$");
            assertThat(text).as(where).doesNotContainPattern("\\b(USD|AUD) ?[0-9][0-9.,]*(bn|m)\\b")
                    .doesNotContainPattern("\\bUSD[0-9]");
        });
        assertThat(TEXTS.values()).anyMatch(t -> t.matches("(?s).*\\bUSD [0-9.]+ bn\\b.*"));
    }

    @Test
    void programmeIsSpelledOneWay() {
        TEXTS.forEach((where, text) -> assertThat(text).as(where).doesNotContainPattern("(?i)\\bprograms?\\b"));
        assertThat(TEXTS.values()).anyMatch(t -> t.contains("Recycling programmes"));
    }

    @Test
    void aCountOfOneTakesTheSingularAndPluralNamesTakePluralVerbs() {
        List<String> plurals = ModelDataReader.readShipped().focusAreas().areas().stream().map(FocusArea::name)
                .filter(n -> n.endsWith("s")).toList();
        assertThat(plurals).contains("Recycling programmes");
        TEXTS.forEach((where, text) -> {
            assertThat(text).as(where).doesNotContainPattern("(?<![0-9.,])\\b1 [a-z]{2,}[^su]s\\b");
            for (String name : plurals) {
                assertThat(text).as(where).doesNotContainPattern(Pattern.quote(name)
                        + " (accounts|is|has|was|moves|adds|drives|gives)\\b");
            }
        });
    }
}
