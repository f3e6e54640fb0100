package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesStoreTest {
    @TempDir
    Path dir;

    @Test
    void savesAndLoadsTheListInOrder() throws Exception {
        RecentFilesStore store = new RecentFilesStore(dir.resolve("config"));
        List<Path> files = List.of(dir.resolve("b.json"), dir.resolve("a.json"), dir.resolve("ü ñ.json"));

        store.save(files);

        assertThat(store.load()).containsExactlyElementsOf(files);
        assertThat(Files.readString(store.file())).startsWith("{\n  \"formatVersion\": 1,\n  \"files\": [\n");
    }

    @Test
    void aMissingOrDamagedListLoadsEmpty() throws Exception {
        RecentFilesStore store = new RecentFilesStore(dir);
        assertThat(store.load()).isEmpty();

        Files.writeString(store.file(), "{\"files\": [\"/ok.json\", 3, \"relative.json\", ");
        assertThat(store.load()).isEmpty();

        Files.writeString(store.file(), "{\"files\": [\"/ok.json\", 3, \"relative.json\", \"/ok.json\"]}");
        assertThat(store.load()).containsExactly(Path.of("/ok.json"));
    }
}
