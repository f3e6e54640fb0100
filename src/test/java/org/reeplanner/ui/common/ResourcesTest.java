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
    void everyThemeFindsItsStylesheets() {
        assertThat(Resources.stylesheet(Theme.BASE)).endsWith("base.css");
        for (Theme theme : Theme.values()) {
            assertThat(Resources.stylesheet(theme.palette())).endsWith(theme.palette());
        }
    }
}
