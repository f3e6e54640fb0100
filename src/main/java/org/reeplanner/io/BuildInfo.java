package org.reeplanner.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Which release this is, read from the Maven metadata the build puts into the jar. */
public final class BuildInfo {
    private static final String POM_PROPERTIES = "/META-INF/maven/org.reeplanner/ree-planner/pom.properties";

    private BuildInfo() {
    }

    /** The version, e.g. "0.1.0", or "(development build)" when run from classes without the metadata. */
    public static String version() {
        String fromManifest = BuildInfo.class.getPackage().getImplementationVersion();
        if (fromManifest != null) {
            return fromManifest;
        }
        try (InputStream in = BuildInfo.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank()) {
                    return v.trim();
                }
            }
        } catch (IOException e) {
            // A missing version is not worth failing the About box for.
        }
        return "(development build)";
    }
}
