package org.reeplanner.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where the planner keeps its own files (recovery copies, recent files): {@code ~/.config/ree-planner} on Linux
 * (or {@code $XDG_CONFIG_HOME/ree-planner}), {@code ~/Library/Application Support/ree-planner} on macOS,
 * {@code %APPDATA%\ree-planner} on Windows. The system property {@value #PROPERTY} overrides it (tests use this).
 * The folder is only created when something is first written there.
 */
public final class ConfigFolder {
    public static final String PROPERTY = "ree.config.dir";
    static final String NAME = "ree-planner";

    private ConfigFolder() {
    }

    /** The folder for this user on this machine. */
    public static Path resolve() {
        return resolve(System::getProperty, System::getenv);
    }

    /** The folder given the system properties and environment variables (a seam for tests). */
    static Path resolve(Function<String, String> properties, Function<String, String> environment) {
        String override = properties.apply(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        Path home = Path.of(properties.apply("user.home"));
        String os = properties.apply("os.name") == null ? "" : properties.apply("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.apply("APPDATA");
            return (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData)).resolve(NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(NAME);
        }
        String xdg = environment.apply("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve(NAME);
        }
        return home.resolve(".config").resolve(NAME);
    }
}
