package org.reeplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The measurement hooks the start-up and memory figures rely on (docs/performance.md). */
@ExtendWith(ApplicationExtension.class)
class StartupProbeTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void theProbeLineIsTheOneTheHarnessAndBenchWaitFor() {
        assertThat(StartupProbe.SHOWN).isEqualTo("ree-probe: window shown");
        assertThat(StartupProbe.MONTE_CARLO_DONE).isEqualTo("ree-probe: monte carlo done");
    }

    @Test
    void reportsTheWindowShownThenRunsAndKeepsTheMonteCarlo(FxRobot robot) throws Exception {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new StackPane(), 200, 100));
            StartupProbe.install(stage[0], Shipped.session("seed-baseline"), 200, false, out);
            assertThat(text()).as("nothing before the window is shown").isEmpty();
            stage[0].show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text().contains(StartupProbe.MONTE_CARLO_DONE));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text()).startsWith(StartupProbe.SHOWN + System.lineSeparator())
                .contains(StartupProbe.MONTE_CARLO_DONE + " (200 runs, ");
        assertThat(StartupProbe.bands(stage[0]).runs()).isEqualTo(200);
        robot.interact(stage[0]::close);
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
