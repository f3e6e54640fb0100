package org.reeplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reeplanner.io.ScenarioReader;
import org.reeplanner.ui.Shipped;

class PresetsTest {
    private final Presets presets = new Presets(new ScenarioReader(Shipped.DATA.focusAreas()));

    @Test
    void theFourAbstractAndFiveRealWorldScenariosInOrder() {
        assertThat(presets.all()).extracting(Presets.Preset::name).containsExactly("Seed baseline",
                "No new investment", "Accelerated allied", "Export-ban stress", "U.S.–Australia framework (Oct 2025)",
                "DoD–MP Materials partnership (Jul 2025)", "China's April 2025 controls, replayed",
                "Snap-back of the Oct 2025 measures (Nov 2026)", "U.S. magnet build-out (2025–26 announcements)");
        for (Presets.Preset p : presets.all().subList(4, 9)) {
            assertThat(p.scenario().description()).as("%s names its fact rows", p.id())
                    .matches("(?s).*\\b[A-Z]{1,2}\\d{1,2}\\b.*");
        }
        assertThat(presets.get("china-controls-2025-replay").scenario().disruption().profile())
                .containsExactly(0.43, 0.73, 0.30);
        assertThat(presets.get("no-new-investment").scenario().totalInvestmentUsdBn()).isZero();
        assertThat(presets.get("export-ban-stress").scenario().disruption().enabled()).isTrue();
    }

    @Test
    void anUnknownPresetIsAProgrammingError() {
        assertThatThrownBy(() -> presets.get("gold-rush")).hasMessageContaining("gold-rush");
    }
}
