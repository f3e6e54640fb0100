package org.reeplanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.reeplanner.io.ConfigFolder;

/**
 * Points the planner's config folder (recovery copies, recent files) at a fresh temporary folder for the whole test
 * run, so that no test reads or writes the real {@code ~/.config/ree-planner}. Registered for every test class
 * through {@code META-INF/services} and {@code junit-platform.properties}. Each test starts from default preferences:
 * the window writes the target year and pins as they change, which would otherwise carry over to the next test.
 */
public final class IsolatedConfigFolder implements BeforeAllCallback, BeforeEachCallback {
    private static final Path FOLDER = create();

    private static Path create() {
        try {
            Path folder = Files.createTempDirectory("ree-planner-test-config");
            System.setProperty(ConfigFolder.PROPERTY, folder.toString());
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder every test shares unless it sets its own. */
    public static Path folder() {
        return FOLDER;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        Files.deleteIfExists(FOLDER.resolve("preferences.json"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (System.getProperty(ConfigFolder.PROPERTY) == null) {
            System.setProperty(ConfigFolder.PROPERTY, FOLDER.toString());
        }
    }
}
