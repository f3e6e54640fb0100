package org.reeplanner.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.Series;
import org.reeplanner.model.Stage;

/**
 * The chart catalogue is complete and agrees with its bundle and the window's themes: every key the code uses is in
 * charts.properties and every key there is used; each colour role is the light theme's colour and the window has a
 * style class for it; every chart has a title, a value axis that names its unit, and named, coloured series.
 */
class ChartCatalogTest {
    private static final Path SOURCES = Path.of("src/main/java/org/reeplanner");
    private static final Pattern USE = Pattern.compile("ChartText\\.(?:get|format)\\(\\s*\"([^\"]+)\"");
    private static final Pattern THEME = Pattern.compile("-ree-([a-z0-9-]+):\\s*#([0-9a-fA-F]{6})\\s*;");

    static List<ChartDefinition> everyChart() {
        List<ChartDefinition> all = new ArrayList<>();
        for (Stage s : Stage.values()) {
            all.add(ChartCatalog.supply(s));
        }
        all.addAll(List.of(ChartCatalog.supplyHeavy(), ChartCatalog.chinaShare(), ChartCatalog.chinaShareHeavy(),
                ChartCatalog.spend(), ChartCatalog.processingCost(), ChartCatalog.price(),
                ChartCatalog.oreFlow(2025, 2040), ChartCatalog.stressSupply(), ChartCatalog.stockpile(),
                ChartCatalog.fan(Series.SHARE_CHINA_SEPARATION),
                ChartCatalog.tornado("Allied self-sufficiency", 2030, "%", AxisFormat.PERCENT),
                ChartCatalog.attribution("Allied self-sufficiency", 2030, "+1.0 pp", "%", AxisFormat.PERCENT)));
        return all;
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundleAndEveryKeyThereIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = USE.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Set<String> bundle = bundleKeys();

        assertThat(bundle).as("keys used but missing from charts.properties").containsAll(used);
        assertThat(used).as("keys in charts.properties that no code uses").containsAll(bundle);
    }

    @Test
    void everyColourRoleIsTheLightThemesColourAndTheWindowCanDrawIt() throws IOException {
        String light = Files.readString(Path.of("assets/themes/theme-light.css"));
        String base = Files.readString(Path.of("assets/themes/base.css"));
        Matcher m = THEME.matcher(light);
        java.util.Map<String, Integer> theme = new java.util.HashMap<>();
        while (m.find()) {
            theme.put(m.group(1), Integer.parseInt(m.group(2), 16));
        }
        for (ColourRole role : ColourRole.values()) {
            assertThat(theme).as("-ree-" + role.themeName() + " in theme-light.css")
                    .containsEntry(role.themeName(), role.rgb());
            assertThat(base).as("a style class drawing " + role).contains("-ree-" + role.themeName() + ";");
        }
        for (String other : List.of("theme-dark.css", "theme-high-contrast.css")) {
            String css = Files.readString(Path.of("assets/themes", other));
            for (ColourRole role : ColourRole.values()) {
                assertThat(css).as(other + " defines " + role).contains("-ree-" + role.themeName() + ":");
            }
        }
    }

    @Test
    void everyChartHasATitleAnAxisNamingItsUnitAndNamedSeriesWithDistinctKeys() {
        List<ChartDefinition> all = everyChart();

        assertThat(all).extracting(ChartDefinition::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9][a-z0-9-]*"));
        for (ChartDefinition d : all) {
            assertThat(d.title()).as(d.id()).isNotBlank().doesNotContain("{");
            assertThat(d.y().title()).as(d.id() + " names its unit").matches(".*(kt|%|USD|\\().*");
            assertThat(d.series()).as(d.id()).isNotEmpty().allSatisfy(s -> {
                assertThat(s.label()).isNotBlank().doesNotContain("{");
                assertThat(s.colour()).isNotNull();
            });
            assertThat(d.series()).extracting(SeriesDefinition::key).doesNotHaveDuplicates();
        }
    }

    @Test
    void aLabelIsFilledFromItsPlacesAndTheFocusAreaColoursCycleAsOnScreen() {
        assertThat(ChartCatalog.ghost("China")).isEqualTo("China (no new investment)");
        assertThat(ChartCatalog.target(0.6)).isEqualTo("Target 60%");
        assertThat(ChartText.fill("{0} of {1}, {2}", "a", 3)).isEqualTo("a of 3, {2}");
        assertThat(ChartCatalog.supply(Stage.MAGNETS).y().title()).isEqualTo("kt NdFeB per year");
        assertThat(ColourRole.area(ColourRole.AREAS + 2)).isEqualTo(ColourRole.area(2));
        assertThat(ColourRole.area(3).themeName()).isEqualTo("area-3");
        assertThat(ColourRole.REGION_CHINA.tint(0)).isEqualTo(0xFFFFFF);
        assertThat(ColourRole.REGION_CHINA.tint(1)).isEqualTo(ColourRole.REGION_CHINA.rgb());
        assertThat(ChartCatalog.lowerFirst("Allied self-sufficiency")).isEqualTo("allied self-sufficiency");
        assertThat(ChartCatalog.lowerFirst("China separation share")).isEqualTo("China separation share");
        assertThat(ChartCatalog.lowerFirst("HHI of separation")).isEqualTo("HHI of separation");
        assertThat(ChartCatalog.stageName(Stage.SEPARATION).toLowerCase(Locale.ROOT)).isEqualTo("separation");
    }

    private static Set<String> bundleKeys() throws IOException {
        Properties p = new Properties();
        String resource = "/" + ChartText.BUNDLE.replace('.', '/') + ".properties";
        try (InputStream in = ChartCatalogTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}
