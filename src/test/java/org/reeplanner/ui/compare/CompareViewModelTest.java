package org.reeplanner.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.KpiSet;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.kpi.Trend;

class CompareViewModelTest {
    private final CompareViewModel vm = new CompareViewModel(Shipped.MODEL);

    private void addPresets(String... stems) {
        for (String stem : stems) {
            vm.add(Shipped.scenario(stem).name(), Shipped.scenario(stem));
        }
    }

    @Test
    void atMostFourScenarios() {
        addPresets("seed-baseline", "no-new-investment", "accelerated-allied", "export-ban-stress");

        assertThat(vm.fullProperty().get()).isTrue();
        assertThat(vm.add("Fifth", Shipped.scenario("seed-baseline"))).isFalse();
        assertThat(vm.scenarios()).hasSize(4);
    }

    @Test
    void overlaysOneLinePerScenarioInDistinctStylesInAxisUnits() {
        addPresets("no-new-investment", "accelerated-allied", "seed-baseline");

        List<OverlayLine> lines = vm.overlaysProperty().get();

        assertThat(lines).extracting(OverlayLine::style).containsExactly(0, 1, 2);
        assertThat(lines).extracting(OverlayLine::name).containsExactly("No new investment", "Accelerated allied",
                "Seed baseline");
        assertThat(lines.get(0).years()).hasSize(16).startsWith(2025);
        assertThat(Arrays.stream(lines.get(0).values()).boxed().toList())
                .allSatisfy(v -> assertThat(v).isBetween(1.0, 100.0));
        double last = lines.get(0).values()[15];
        assertThat(lines.get(1).values()[15]).as("more money lowers China's share").isLessThan(last);

        vm.metricProperty().set(CompareMetric.CUMULATIVE_SPEND);
        assertThat(vm.overlaysProperty().get().get(1).values()[15]).isCloseTo(10.6, Offset.offset(1e-9));
    }

    @Test
    void theTableHasEveryKpiWithDifferencesFromTheFirstColouredByDirection() {
        addPresets("no-new-investment", "accelerated-allied");

        CompareTable table = vm.tableProperty().get();

        assertThat(table.year()).isEqualTo(2030);
        assertThat(table.columns()).containsExactly("No new investment", "Accelerated allied");
        assertThat(table.rows()).hasSize(7).extracting(CompareTable.Row::kpiId).contains(KpiSet.CHINA_SEPARATION,
                "selfsufficiency.allied.heavy");
        CompareTable.Row china = table.rows().stream().filter(r -> r.kpiId().equals(KpiSet.CHINA_SEPARATION))
                .findFirst().orElseThrow();
        assertThat(china.cells().get(0).difference()).isEmpty();
        assertThat(china.cells().get(1).difference()).endsWith(" pp").startsWith("\u2212");
        assertThat(china.cells().get(1).trend()).isEqualTo(Trend.BETTER);
        CompareTable.Row spend = table.rows().stream().filter(r -> r.kpiId().equals(KpiSet.PROGRAMME_COST))
                .findFirst().orElseThrow();
        assertThat(spend.cells().get(1).trend()).isEqualTo(Trend.CHANGED);
    }

    @Test
    void theReferenceCanChangeAndTheYearToo() {
        addPresets("no-new-investment", "accelerated-allied");

        vm.makeReference(1);
        vm.yearProperty().set(2035);

        CompareTable table = vm.tableProperty().get();
        assertThat(table.columns()).first().isEqualTo("Accelerated allied");
        assertThat(table.rows().get(0).label()).isEqualTo("China separation share");
        assertThat(table.rows().get(0).cells().get(1).trend()).isEqualTo(Trend.WORSE);
        assertThat(table.year()).isEqualTo(2035);
    }

    @Test
    void sameLabelsAreNumberedAndIdenticalScenariosShowSame() {
        addPresets("seed-baseline", "seed-baseline");

        assertThat(vm.scenarios()).extracting(ComparedScenario::label)
                .containsExactly("Seed baseline", "Seed baseline (2)");
        assertThat(vm.tableProperty().get().rows()).allSatisfy(r -> assertThat(r.cells().get(1).difference())
                .isEqualTo("same"));
    }

    @Test
    void aYearBeyondAScenariosHorizonShowsADash() {
        vm.add("Short", Shipped.scenario("seed-baseline").withEndYear(2030));
        vm.add("Long", Shipped.scenario("seed-baseline"));
        vm.yearProperty().set(2035);

        CompareTable table = vm.tableProperty().get();

        assertThat(table.rows()).allSatisfy(r -> assertThat(r.cells().get(0).value())
                .isEqualTo(CompareTable.NOT_AVAILABLE));
        assertThat(vm.commonYears()).containsExactly(2025, 2030);
    }
}
