package org.reeplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.RecentFilesStore;

class RecentFilesTest {
    @TempDir
    Path config;

    private RecentFiles recent() {
        return new RecentFiles(new RecentFilesStore(config), Runnable::run, Runnable::run);
    }

    @Test
    void newestFirstWithoutDuplicatesAndAtMostTen() {
        RecentFiles recent = recent();
        IntStream.range(0, 12).forEach(i -> recent.add(config.resolve("s" + i + ".json")));
        recent.add(config.resolve("s5.json"));

        assertThat(recent.files()).hasSize(RecentFiles.MAX).first().isEqualTo(config.resolve("s5.json"));
        assertThat(recent.files()).doesNotHaveDuplicates().doesNotContain(config.resolve("s0.json"));
    }

    @Test
    void theListSurvivesARestart() {
        RecentFiles before = recent();
        before.add(config.resolve("a.json"));
        before.add(config.resolve("b.json"));

        RecentFiles after = recent();
        after.load();

        assertThat(after.files()).containsExactly(config.resolve("b.json"), config.resolve("a.json"));
    }

    @Test
    void removeAndClear() {
        RecentFiles recent = recent();
        recent.add(config.resolve("a.json"));
        recent.add(config.resolve("b.json"));

        recent.remove(config.resolve("a.json"));
        assertThat(recent.files()).containsExactly(config.resolve("b.json"));
        recent.clear();
        RecentFiles after = recent();
        after.load();
        assertThat(after.files()).isEmpty();
    }
}
