package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reeplanner.model.ParameterSpec;

class FactSheetTest {
    private static final FactSheet FACTS = FactSheet.readShipped();

    @Test
    void everyParameterSourceThatIsNotAnAssumptionIsARowOfTheFactSheet() {
        for (ParameterSpec spec : ModelDataReader.readShipped().parameters().specs()) {
            if (!spec.isAssumption()) {
                assertThat(FACTS.row(spec.source())).as(spec.param().key() + " cites " + spec.source()).isPresent()
                        .get().satisfies(r -> assertThat(r.fact()).isNotBlank());
            }
        }
    }

    @Test
    void rowsHoldTheFactSheetsTextWithoutMarkdown() {
        FactSheet.Row c4 = FACTS.row("C4").orElseThrow();
        assertThat(c4.fact()).isEqualTo("China share of rare-earth separation");
        assertThat(c4.details()).isEqualTo("91%; Year: 2024/25");
        assertThat(c4.source()).startsWith("IEA commentary 23 Oct 2025");
        assertThat(FACTS.row("M1").orElseThrow().fact()).isEqualTo("China (production quota; excludes undocumented)");
        assertThat(FACTS.rows().values()).allSatisfy(r -> assertThat(r.fact()).doesNotContain("**"));
        assertThat(FACTS.vintage()).contains("USGS Mineral Commodity Summaries 2026");
        assertThat(FACTS.row("Z99")).isEmpty();
    }
}
