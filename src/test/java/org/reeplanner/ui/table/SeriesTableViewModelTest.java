package org.reeplanner.ui.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Series;
import org.reeplanner.ui.Shipped;
import org.reeplanner.ui.scenarios.ScenarioSession;

class SeriesTableViewModelTest {
    private final ScenarioSession session = Shipped.session("seed-baseline");
    private final SeriesTableViewModel vm = new SeriesTableViewModel(session.resultProperty(),
            Shipped.DATA.focusAreas());

    @Test
    void aTableNotYetShownFormatsNoCellUntilItIsShown() {
        assertThat(vm.rows().get(0).values()).isEmpty();
        assertThat(vm.yearsProperty().get()).isEmpty();

        vm.setActive(true);

        assertThat(vm.rows().get(0).cell(0).get()).isEqualTo("270,000");
        assertThat(vm.yearsProperty().get()).hasSize(16);
    }

    @Test
    void oneRowPerSeriesWithLabelIdAndUnitAndOneColumnPerYear() {
        vm.setActive(true);
        Projection p = session.result().scenario();
        assertThat(vm.rows()).hasSize(p.seriesCount());
        assertThat(vm.yearsProperty().get()).hasSize(16).startsWith(2025).endsWith(2040);
        SeriesRow first = vm.rows().get(0);
        assertThat(first.label()).isEqualTo("China mine output");
        assertThat(first.id()).isEqualTo("mining.china.t");
        assertThat(first.unit()).isEqualTo("t REO");
        assertThat(first.cell(0).get()).isEqualTo("270,000");
        SeriesRow share = vm.rows().get(Series.SHARE_CHINA_SEPARATION.ordinal());
        assertThat(share.unit()).isEqualTo("%");
        assertThat(share.cell(0).get()).matches("\\d+\\.\\d%");
        assertThat(vm.rows()).last().extracting(SeriesRow::id).isEqualTo("spend.magnetPlants.usdBn");
    }

    @Test
    void tabSeparatedTextHasAHeaderRowAndPlainNumbers() {
        String[] lines = vm.tsv().split("\n");

        assertThat(lines).hasSize(vm.rows().size() + 1);
        assertThat(lines[0]).startsWith("Series\tID\tUnit\t2025\t2026\t").endsWith("\t2040");
        String[] mining = lines[1].split("\t", -1);
        assertThat(mining).hasSize(3 + 16);
        assertThat(mining[0]).isEqualTo("China mine output");
        assertThat(mining[2]).isEqualTo("t REO");
        assertThat(Double.parseDouble(mining[3])).as("plain number, no grouping").isCloseTo(270_000, within(1.0));
        String[] share = lines[1 + Series.SHARE_CHINA_SEPARATION.ordinal()].split("\t");
        assertThat(share[2]).isEqualTo("fraction");
        assertThat(Double.parseDouble(share[3])).isBetween(0.0, 1.0);
    }

    @Test
    void copiesOnlyTheSelectedRowsWhenThereAreAny() {
        List<SeriesRow> two = List.of(vm.rows().get(3), vm.rows().get(4));

        String[] lines = vm.tsv(two).split("\n");

        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("China separated output\tseparation.china.t\t");
        assertThat(vm.describeCopy(two)).isEqualTo("Copied 2 series × 16 years to the clipboard (tab-separated)");
    }

    @Test
    void aHiddenTableStillCopiesTheLatestValues() {
        vm.setActive(false);
        session.setScenario(session.scenario().withInvestment("mining", 12));

        String mining = vm.tsv(List.of(vm.rows().get(Series.MINING_ALLIED.ordinal()))).split("\n")[1];

        double copied2035 = Double.parseDouble(mining.split("\t")[3 + 10]);
        assertThat(copied2035).isEqualTo(session.result().scenario().value(Series.MINING_ALLIED, 2035),
                org.assertj.core.api.Assertions.within(1e-6));
    }
}
