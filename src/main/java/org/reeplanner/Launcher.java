package org.reeplanner;

import org.reeplanner.cli.Cli;
import org.reeplanner.ui.PlannerApp;

/**
 * The jar's entry point. With no arguments it opens the window; with a subcommand ({@code run}, {@code validate},
 * ...) or {@code --help} it runs headless and exits with the command's code. It does not extend
 * {@code Application}, so the JavaFX runtime loads from the plain class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            javafx.application.Application.launch(PlannerApp.class, args);
            return;
        }
        System.exit(Cli.execute(args));
    }
}
