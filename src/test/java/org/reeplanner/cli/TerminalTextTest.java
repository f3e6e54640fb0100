package org.reeplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void controlCharactersAreShownEscapedNotSent() {
        assertThat(TerminalText.escape("X\u001b[2J\u001b[HKey results\r\u0007"))
                .isEqualTo("X\\u001b[2J\\u001b[HKey results\\u000d\\u0007");
    }

    @Test
    void lineFeedsTabsAndOrdinaryTextPass() {
        assertThat(TerminalText.escape("Seed baseline\tUSD 5.5 bn\nmining – 3.5 € 𝜋"))
                .isEqualTo("Seed baseline\tUSD 5.5 bn\nmining – 3.5 € 𝜋");
    }

    @Test
    void bidiOverridesC1ControlsAndUnpairedSurrogatesAreEscaped() {
        assertThat(TerminalText.escape("a\u202eb\u009bc\ud800d")).isEqualTo("a\\u202eb\\u009bc\\ud800d");
    }

    @Test
    void aSurrogatePairSplitAcrossWritesStaysWhole() {
        StringWriter sink = new StringWriter();
        PrintWriter out = TerminalText.escaping(new PrintWriter(sink));
        String pi = "𝜋";

        out.print("x" + pi.charAt(0));
        out.print(pi.charAt(1) + "y");
        out.flush();

        assertThat(sink).hasToString("x" + pi + "y");
    }

    @Test
    void aLeverIdWithEscapesIsPrintedEscapedByTheCommandLine() {
        CliRun run = CliRun.of("run", "sample-data/scenarios/seed-baseline.json", "--set", "min\u001b[2Jing=3");

        run.refusedAsBadInput();
        assertThat(run.err()).contains("'min\\u001b[2Jing'").doesNotContain("\u001b");
    }
}
