package org.reeplanner.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.pptx.DeckExporter;
import org.reeplanner.io.xlsx.WorkbookExporter;
import org.reeplanner.model.Scenario;
import org.reeplanner.model.analysis.Progress;

class XmlTextTest {

    @Test
    void unpairedSurrogatesAndControlCharactersBecomeReplacementCharacters() {
        assertThat(XmlText.clean("Seed \ud800 baseline\u0001\udc00")).isEqualTo("Seed \ufffd baseline\ufffd\ufffd");
    }

    @Test
    void surrogatePairsTabsAndLineBreaksAreKept() {
        assertThat(XmlText.clean("π 𝜋\tline\nnext\r")).isEqualTo("π 𝜋\tline\nnext\r");
    }

    @Test
    void theFirstUnwritableCharacterIsNamedWithItsPosition() {
        assertThat(XmlText.unwritable("Seed \ud800 baseline", false))
                .isEqualTo("U+D800 (an unpaired surrogate) at character 6");
        assertThat(XmlText.unwritable("a\tb", false)).isEqualTo("U+0009 (a control character) at character 2");
        assertThat(XmlText.unwritable("a\tb\nc", true)).isNull();
        assertThat(XmlText.unwritable("x\uffff", true)).isEqualTo("U+FFFF (a non-character) at character 2");
        assertThat(XmlText.unwritable("𝜋 fine", false)).isNull();
    }

    @Test
    void aNameWithAnUnpairedSurrogateStillExportsAsWorkbookAndDeck(@TempDir Path dir) throws Exception {
        Scenario s = ReportFixtures.scenario("seed-baseline").withName("Seed \ud800 baseline");
        ReportContent content = ReportFixtures.content(s);

        new WorkbookExporter().write(dir.resolve("r.xlsx"), content, Progress.NONE);
        new DeckExporter().write(dir.resolve("r.pptx"), content, Progress.NONE);

        assertThat(dir.resolve("r.xlsx")).isNotEmptyFile();
        assertThat(dir.resolve("r.pptx")).isNotEmptyFile();
    }
}
