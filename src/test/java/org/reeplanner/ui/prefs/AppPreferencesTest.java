package org.reeplanner.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.PreferencesFile;
import org.reeplanner.io.PreferencesStore;
import org.reeplanner.ui.common.Theme;

/** Preferences survive a restart: the theme at once, window, target year and pins at exit. */
class AppPreferencesTest {
    @TempDir
    Path config;

    private AppPreferences open(List<String> errors) {
        return new AppPreferences(new PreferencesStore(config), Runnable::run, errors::add);
    }

    @Test
    void roundTripThroughTheConfigFolder() {
        List<String> errors = new ArrayList<>();
        AppPreferences first = open(errors);
        assertThat(first.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(first.window()).isEmpty();
        assertThat(first.targetYear()).isEmpty();

        first.themeProperty().set(Theme.HIGH_CONTRAST);
        AppPreferences afterThemeChange = open(errors);
        assertThat(afterThemeChange.themeProperty().get()).isEqualTo(Theme.HIGH_CONTRAST);

        PreferencesFile.WindowFile window = new PreferencesFile.WindowFile(40, 30, 1300, 850, false);
        afterThemeChange.saveOnExit(window, 2035, List.of("mining", "trade"));
        AppPreferences restarted = open(errors);
        assertThat(restarted.themeProperty().get()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(restarted.window()).contains(window);
        assertThat(restarted.targetYear()).hasValue(2035);
        assertThat(restarted.pinnedLevers()).containsExactly("mining", "trade");
        assertThat(errors).isEmpty();
    }

    @Test
    void theTargetYearAndPinsAreWrittenWhenTheyChangeSoACrashKeepsThem() {
        List<String> errors = new ArrayList<>();
        AppPreferences running = open(errors);

        running.keep(2038, List.of("processing", "stockpile"));
        AppPreferences afterCrash = open(errors);

        assertThat(afterCrash.targetYear()).hasValue(2038);
        assertThat(afterCrash.pinnedLevers()).containsExactly("processing", "stockpile");
        assertThat(errors).isEmpty();
    }

    @Test
    void anUnknownThemeIdFallsBackToLight() throws Exception {
        Files.writeString(config.resolve("preferences.json"), "{\"formatVersion\": 1, \"theme\": \"sepia\"}");
        assertThat(open(new ArrayList<>()).themeProperty().get()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void aFailedWriteIsReportedNotThrown() throws Exception {
        Files.writeString(config.resolve("preferences.json"), "{}");
        Path blocked = config.resolve("blocked");
        Files.writeString(blocked, "a file where the folder should be");
        List<String> errors = new ArrayList<>();
        AppPreferences prefs = new AppPreferences(new PreferencesStore(blocked), Runnable::run, errors::add);
        prefs.themeProperty().set(Theme.DARK);
        assertThat(errors).singleElement().asString().startsWith("Could not save the preferences");
    }
}
