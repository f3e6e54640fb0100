package org.reeplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResourcesTest {

    @Test
    void missingResourceFailsWithItsPath() {
        assertThatThrownBy(() -> Resources.stylesheet("no-such.css"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/assets/no-such.css");
    }

    @Test
    void appIconsComeFromTheAssets() {
        for (int size : new int[] {16, 32, 256}) {
            assertThat(Resources.url("icons/app-" + size + ".png").toExternalForm()).endsWith("/assets/icons/app-"
                    + size + ".png");
        }
    }

    @Test
    void theAtlantaFxBaseIsOnTheClassPath() {
        assertThat(Theme.class.getResource(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()))
                .isNotNull();
    }

    @Test
    void everyThemeFindsItsStylesheets() {
        assertThat(Resources.stylesheet(Theme.BASE)).endsWith("base.css");
        for (Theme theme : Theme.values()) {
            assertThat(Resources.stylesheet(theme.palette())).endsWith(theme.palette());
        }
    }
}
