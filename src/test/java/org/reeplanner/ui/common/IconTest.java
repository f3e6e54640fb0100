package org.reeplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;

class IconTest {
    @Test
    void everyIconIsTheGlyphOfTheIconPackThatItsDescriptionNames() {
        for (Icon icon : Icon.values()) {
            Ikon glyph = icon.glyph();
            IkonHandler handler = ServiceLoader.load(IkonHandler.class).stream().map(ServiceLoader.Provider::get)
                    .filter(h -> h.supports(glyph.getDescription())).findFirst().orElseThrow(
                            () -> new AssertionError(icon + ": no icon pack has " + glyph.getDescription()));

            Ikon packed = handler.resolve(glyph.getDescription());

            assertThat(glyph.getCode()).as(icon.name()).isEqualTo(packed.getCode());
            assertThat(glyph.getDescription()).as(icon.name()).isEqualTo(packed.getDescription());
        }
    }
}
