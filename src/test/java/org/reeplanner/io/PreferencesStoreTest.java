package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreferencesStoreTest {
    @TempDir
    Path config;

    @Test
    void savedPreferencesLoadBackExactly() throws Exception {
        PreferencesStore store = new PreferencesStore(config.resolve("new-folder"));
        PreferencesFile saved = new PreferencesFile(1, "dark", new PreferencesFile.WindowFile(10, 20, 1400, 900.5,
                false), 2035, List.of("mining", "recycling"));

        store.save(saved);

        assertThat(store.load()).isEqualTo(saved);
        assertThat(Files.readString(store.file())).startsWith("{\n  \"formatVersion\": 1,\n  \"theme\": \"dark\",\n");
    }

    @Test
    void noFileMeansDefaults() {
        assertThat(new PreferencesStore(config).load()).isEqualTo(PreferencesFile.DEFAULTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1]", "\u0000\u0001", "{\"theme\": 3, \"window\": {\"x\": \"a\"}}"})
    void aDamagedFileMeansDefaults(String content) throws Exception {
        Files.writeString(config.resolve(PreferencesStore.FILE_NAME), content);
        assertThat(new PreferencesStore(config).load()).isEqualTo(PreferencesFile.DEFAULTS);
    }

    @Test
    void eachValueCountsOnItsOwn() throws Exception {
        Files.writeString(config.resolve(PreferencesStore.FILE_NAME), "{\"formatVersion\": 1, \"theme\": \"dark\", "
                + "\"window\": {\"x\": 1, \"y\": 2, \"width\": -5, \"height\": 3}, \"targetYear\": \"2030\", "
                + "\"pinnedLevers\": [\"mining\", 7, \"mining\", \"trade\"], \"unknown\": true}");
        PreferencesFile loaded = new PreferencesStore(config).load();
        assertThat(loaded.theme()).isEqualTo("dark");
        assertThat(loaded.window()).isNull();
        assertThat(loaded.targetYear()).isNull();
        assertThat(loaded.pinnedLevers()).containsExactly("mining", "trade");
    }
}
