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

    /** Apache POI logs through Log4j; without a provider it prints an error line on every export. */
    static final String LOG4J_FACTORY = "log4j2.loggerContextFactory";
    /**
     * The simple provider's level, off: POI logs a stack trace for files it refuses (a DOCTYPE, a damaged ZIP) or
     * cannot write (a full disk), and the user is already told in one line. {@code -D} on the command line wins.
     */
    static final String LOG4J_LEVEL = "org.apache.logging.log4j.simplelog.level";

    public static void main(String[] args) {
        if (System.getProperty(LOG4J_FACTORY) == null) {
            System.setProperty(LOG4J_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty(LOG4J_LEVEL) == null) {
            System.setProperty(LOG4J_LEVEL, "OFF");
        }
        if (args.length == 0) {
            PlannerApp.open();
            return;
        }
        System.exit(Cli.execute(args));
    }
}
