package org.reeplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitTest {

    @Test
    void everyStageCountsItsOutputInATonnageUnitNamingItsMaterial() {
        for (Stage s : Stage.values()) {
            assertThat(s.unit().isTonnes()).as(s.id()).isTrue();
        }
        assertThat(Stage.MINING.unit().material()).isEqualTo("REO");
        assertThat(Stage.SEPARATION.unit().material()).isEqualTo("REO");
        assertThat(Stage.MAGNETS.unit().material()).isEqualTo("NdFeB");
    }

    @Test
    void aFlowOfTonnesNamesTheSameMaterialAsItsStock() {
        assertThat(Unit.TONNES_REO_PER_YEAR.material()).isEqualTo(Unit.TONNES_REO.material());
        assertThat(Unit.TONNES_NDFEB_PER_YEAR.material()).isEqualTo(Unit.TONNES_NDFEB.material());
    }

    @Test
    void everySymbolFindsItsUnitAgain() {
        for (Unit u : Unit.values()) {
            assertThat(Unit.bySymbol(u.symbol())).isSameAs(u);
        }
    }
}
