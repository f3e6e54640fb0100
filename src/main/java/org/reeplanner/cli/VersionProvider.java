package org.reeplanner.cli;

import org.reeplanner.io.report.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** Tells {@code --version} which release this is (the same version the exports and the About box show). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "Rare Earth Resilience Planner " + AppVersion.current(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")
        };
    }
}
