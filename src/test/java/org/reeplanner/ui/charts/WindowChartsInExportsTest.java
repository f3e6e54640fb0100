package org.reeplanner.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.export.ExportService;
import org.reeplanner.io.report.BarChartSpec;
import org.reeplanner.io.report.ChartCatalog;
import org.reeplanner.io.report.ChartSeries;
import org.reeplanner.io.report.ChartSpec;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.model.Stage;
import org.reeplanner.model.analysis.Bands;
import org.reeplanner.model.analysis.MonteCarlo;
import org.reeplanner.model.analysis.Progress;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.analysis.AttributionViewModel;
import org.reeplanner.ui.analysis.StudyRunner;
import org.reeplanner.ui.analysis.TornadoViewModel;
import org.reeplanner.ui.charts.plot.ChartLine;
import org.reeplanner.ui.charts.plot.ChartViewModel;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.results.ChartTab;
import org.reeplanner.ui.results.ChartsViewModel;
import org.reeplanner.ui.scenarios.ScenarioSession;

/**
 * Every chart the window shows has a catalogue entry, and the exports draw that entry with the window's title and
 * series names: walking the result tabs, each view of each chart (every stage, the heavy views, each fan series the
 * exports carry) is found among the exported pictures.
 */
class WindowChartsInExportsTest {
    private static final int YEAR = 2030;
    private final ScenarioSession session = Shipped.session("export-ban-stress");
    private final YearCursor cursor = new YearCursor(YEAR, 2025, 2040);
    private final ChartsViewModel charts = new ChartsViewModel(session.resultProperty(), cursor,
            Shipped.DATA.focusAreas(), Shipped.DATA.parameters());
    private final ExportService service = new ExportService(Shipped.MODEL,
            Clock.fixed(Instant.parse("2026-03-14T10:00:00Z"), ZoneOffset.UTC));
    private final Bands bands = new MonteCarlo(Shipped.MODEL).run(session.scenario(), 200, 7, Progress.NONE);
    private final ReportContent content = service.content(session.scenario(), YEAR, bands);
    private final Map<String, ChartSpec> exported = service.charts(content).stream()
            .collect(Collectors.toMap(ChartSpec::id, Function.identity()));
    private final Map<String, BarChartSpec> exportedBars = service.studyCharts(content).stream()
            .collect(Collectors.toMap(BarChartSpec::id, Function.identity()));

    /** The window's line charts in every view they offer, tab by tab; a new tab must say what it shows here. */
    private List<Supplier<ChartViewModel>> viewsOf(ChartTab tab) {
        return switch (tab) {
            case SUPPLY -> {
                List<Supplier<ChartViewModel>> views = new ArrayList<>();
                for (Stage s : Stage.values()) {
                    views.add(() -> supply(s.id(), ElementGroup.ALL.id()));
                }
                views.add(() -> supply(Stage.MINING.id(), ElementGroup.HEAVY.id()));
                yield views;
            }
            case CHINA_SHARE -> List.of(() -> share(ElementGroup.ALL.id()), () -> share(ElementGroup.HEAVY.id()));
            case COSTS -> List.of(charts::spend, charts::processingCost);
            case MARKET -> List.of(charts::price);
            case STRESS -> List.of(charts::stressSupply, charts::stockpile);
            case UNCERTAINTY -> List.of(charts::fan);
            // Drawn by their own view models, checked below; the table and the assumptions hold no chart, and Compare
            // sets several scenarios side by side, which a one-scenario export does not hold.
            case TORNADO, ATTRIBUTION, TABLE, COMPARE, ASSUMPTIONS -> List.of();
        };
    }

    @Test
    void everyViewOfEveryWindowChartIsExportedWithTheWindowsTitleAxisAndSeriesNames() {
        List<String> checked = new ArrayList<>();
        for (ChartTab tab : ChartTab.values()) {
            charts.selectedProperty().set(tab);
            for (Supplier<ChartViewModel> view : viewsOf(tab)) {
                ChartViewModel vm = view.get();
                vm.setActive(true);
                String id = vm.definition().id();
                assertThat(exported).as(tab + " shows " + id).containsKey(id);
                ChartSpec spec = exported.get(id);
                assertThat(spec.title()).as(id).isEqualTo(vm.titleProperty().get());
                assertThat(spec.y().title()).as(id).isEqualTo(vm.yLabelProperty().get());
                List<String> names = spec.series().stream().map(ChartSeries::name).toList();
                List<String> shown = vm.lines().stream().filter(ChartLine::isVisible).map(ChartLine::name).toList();
                if (id.equals(ChartCatalog.COSTS)) {
                    // The exports leave out focus areas without money.
                    assertThat(shown).as(id).containsAll(names);
                } else {
                    assertThat(names).as(id).containsAll(shown);
                }
                checked.add(id);
            }
        }
        assertThat(checked).as("four supply views, two share views, two costs, price, two stress, the fan")
                .doesNotHaveDuplicates().hasSize(12);
    }

    @Test
    void theOrePictureTornadoAndAttributionAreExportedUnderTheirCatalogueEntries() {
        OreFlowViewModel ore = charts.oreFlow();
        assertThat(exported).containsKey(ore.definition().id());
        assertThat(exported.get(ore.definition().id()).series()).extracting(ChartSeries::name)
                .containsExactlyElementsOf(Stream.of(OreRoute.values()).map(OreRoute::title).toList());

        assertThat(exportedBars).containsOnlyKeys(ChartCatalog.TORNADO, ChartCatalog.ATTRIBUTION);
        BarChartSpec tornado = exportedBars.get(ChartCatalog.TORNADO);
        // The exports study the KPI that moved most against the baseline (the workbook's Sensitivity sheet's lead).
        String studied = content.sensitivity().series().label();
        assertThat(tornado.title()).isEqualToIgnoringCase("What moves " + studied + " in 2030 most");
        TornadoViewModel screen = new TornadoViewModel(session, cursor, new StudyRunner(BackgroundTasks.sameThread()));
        assertThat(tornado.legend()).extracting(ChartSeries::name).contains(screen.lowLegend(), screen.highLegend(),
                screen.baseLegend());
        assertThat(tornado.rows()).hasSizeLessThanOrEqualTo(TornadoViewModel.MAX_BARS);
        BarChartSpec attribution = exportedBars.get(ChartCatalog.ATTRIBUTION);
        assertThat(attribution.rows().get(0).label()).isEqualTo(AttributionViewModel.legend("baseline"));
        assertThat(attribution.title().toLowerCase(java.util.Locale.ROOT)).startsWith(("Where the change in " + studied
                + " in 2030 comes from").toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void theExportWritesAPictureOfEachOfThem(@TempDir Path dir) throws IOException {
        List<Path> written = service.exportCharts(dir.resolve("charts"), content, Progress.NONE);

        List<String> files = written.stream().map(p -> p.getFileName().toString()).toList();
        for (String id : exported.keySet()) {
            assertThat(files).contains(id + ".png", id + "-quarter.png");
        }
        for (String id : exportedBars.keySet()) {
            assertThat(files).contains(id + ".png", id + "-quarter.png");
        }
        assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
    }

    private ChartViewModel supply(String stage, String group) {
        charts.supply().stageProperty().set(stage);
        charts.supply().groupProperty().set(group);
        return charts.supply();
    }

    private ChartViewModel share(String group) {
        charts.chinaShare().groupProperty().set(group);
        return charts.chinaShare();
    }
}
