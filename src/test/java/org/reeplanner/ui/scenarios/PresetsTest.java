package org.reeplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.ui.Shipped;

class PresetsTest {
    private final Presets presets = new Presets(new ScenarioReader(Shipped.DATA.focusAreas()));

    @Test
    void theFourShippedScenariosInOrder() {
        assertThat(presets.all()).extracting(Presets.Preset::name).containsExactly("Seed baseline",
                "No new investment", "Accelerated allied", "Export-ban stress");
        assertThat(presets.get("no-new-investment").scenario().totalInvestmentUsdBn()).isZero();
        assertThat(presets.get("export-ban-stress").scenario().disruption().enabled()).isTrue();
    }

    @Test
    void anUnknownPresetIsAProgrammingError() {
        assertThatThrownBy(() -> presets.get("gold-rush")).hasMessageContaining("gold-rush");
    }
}
