package org.reeplanner.ui;

import java.text.Bidi;
import org.reeplanner.ui.common.Messages;

/**
 * Set-up that the window's first frame needs, needs no JavaFX, and costs the FX thread ~20 ms when it falls there:
 * done on the thread that reads the shipped inputs while the JavaFX toolkit is still starting (docs/performance.md,
 * start-up). Each step only loads what a later call would load anyway.
 */
final class StartupWarmUp {
    private StartupWarmUp() {
    }

    static void run() {
        // The JDK's bidirectional-text tables, which JavaFX's text layout loads for the first label with a
        // character such as "\u2014" or "\u00b7".
        new Bidi("\u2014\u00b7", Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        // The window's texts (a 23 kB properties file).
        Messages.get("main.headline");
    }
}
