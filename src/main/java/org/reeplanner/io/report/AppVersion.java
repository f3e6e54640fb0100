package org.reeplanner.io.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The release of this build, read from the jar's metadata; development builds (no jar) report {@code development}. */
public final class AppVersion {
    private static final String POM_PROPERTIES = "/META-INF/maven/org.reeplanner/ree-planner/pom.properties";
    private static final String VERSION = read();

    private AppVersion() {
    }

    public static String current() {
        return VERSION;
    }

    private static String read() {
        String fromManifest = AppVersion.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest.trim();
        }
        try (InputStream in = AppVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank()) {
                    return v.trim();
                }
            }
        } catch (IOException e) {
            // A missing version is not worth failing an export for.
        }
        return "development";
    }
}
