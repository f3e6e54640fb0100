package org.reeplanner.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reeplanner.model.Unit;
import org.reeplanner.model.analysis.TornadoBar;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.common.BackgroundTasks;
import org.reeplanner.ui.common.YearCursor;
import org.reeplanner.ui.scenarios.ScenarioSession;

class TornadoViewModelTest {
    private final ScenarioSession session = Shipped.session("seed-baseline");
    private final YearCursor cursor = new YearCursor(2030, 2025, 2040);
    private final TornadoViewModel vm = new TornadoViewModel(session, cursor,
            new StudyRunner(BackgroundTasks.sameThread()));

    @Test
    void barsAreLabelledInPlainWordsWithRangeAndUnitWidestFirst() {
        vm.seriesProperty().set("selfsufficiency.allied");
        vm.setActive(true);

        TornadoPicture p = vm.pictureProperty().get();
        List<String> labels = p.rows().stream().map(TornadoRow::label).toList();
        assertThat(labels).contains("Recycling programmes USD 0.4\u20131.2 bn");
        assertThat(labels).anyMatch(l -> l.matches("Allied share of world demand 10%\u201325%"));
        assertThat(p.rows()).extracting(TornadoRow::swing).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(p.rows()).hasSizeLessThanOrEqualTo(TornadoViewModel.MAX_BARS);
        assertThat(p.title()).isEqualTo("What moves allied self-sufficiency in 2030 most");
        assertThat(p.axisLabel()).isEqualTo("Allied self-sufficiency in 2030 (%)");
        assertThat(p.baseText()).matches("\\d+\\.\\d%");
    }

    @Test
    void followsTheYearCursorAndTheScenarioOnlyWhileShown() {
        vm.setActive(true);
        TornadoPicture at2030 = vm.pictureProperty().get();
        vm.setActive(false);
        cursor.moveTo(2035);
        assertThat(vm.staleProperty().get()).isTrue();
        assertThat(vm.pictureProperty().get()).isSameAs(at2030);

        vm.setActive(true);
        assertThat(vm.pictureProperty().get().title()).endsWith("in 2035 most");
        assertThat(vm.staleProperty().get()).isFalse();
    }

    @Test
    void inputsWithoutEffectAreLeftOutAndCounted() {
        TornadoBar none = new TornadoBar(TornadoBar.Kind.PARAMETER, "k", "Nothing", Unit.PER_YEAR, 0, 1, 0.5, 0.5,
                0.5);
        TornadoBar some = new TornadoBar(TornadoBar.Kind.PARAMETER, "k2", "Something", Unit.PER_YEAR, 0, 1, 0.4, 0.6,
                0.5);
        TornadoPicture p = TornadoViewModel.picture(StudySeries.byId("share.china.separation"), 2030,
                List.of(some, none));
        assertThat(p.rows()).hasSize(1);
        assertThat(p.leftOut()).isEqualTo(1);
        assertThat(p.rows().get(0).atLowText()).isEqualTo("40.0%");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1/yr; 0.02; 0.05; 2.0%\u20135.0%/yr",
        "1/yr; -0.03; 0; \u22123.0%\u20130.0%/yr",
        "fraction; 0.1; 0.25; 10%\u201325%",
        "fraction; 0.005; 0.02; 0.5%\u20132.0%",
        "t REO/yr; 11000; 17000; 11\u201317 kt REO/yr",
        "t REO/yr; 74500; 82000; 74.5\u201382 kt REO/yr",
        "t REO; 300; 1500; 0.3\u20131.5 kt REO",
        "USD/kg; 12; 25; USD 12\u201325/kg",
        "yr; 1; 4; 1\u20134 years",
        "days; 30; 180; 30\u2013180 days",
        "x; 10; 30; 10\u201330\u00d7",
        "t REO/t NdFeB; 0.28; 0.33; 0.28\u20130.33 t REO per t NdFeB",
        "fraction per doubling; 0.05; 0.2; 5%\u201320% per doubling"})
    void rangesReadNaturallyInEachUnit(String unit, double low, double high, String expected) {
        assertThat(InputRange.range(Unit.bySymbol(unit), low, high)).isEqualTo(expected);
    }
}
