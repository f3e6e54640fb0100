package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigFolderTest {
    private static Path resolve(Map<String, String> properties, Map<String, String> environment) {
        return ConfigFolder.resolve(properties::get, environment::get);
    }

    @Test
    void linuxUsesDotConfig() {
        assertThat(resolve(Map.of("user.home", "/home/ann", "os.name", "Linux"), Map.of()))
                .isEqualTo(Path.of("/home/ann/.config/ree-planner"));
    }

    @Test
    void linuxHonoursAnAbsoluteXdgConfigHome() {
        assertThat(resolve(Map.of("user.home", "/home/ann", "os.name", "Linux"), Map.of("XDG_CONFIG_HOME", "/cfg")))
                .isEqualTo(Path.of("/cfg/ree-planner"));
        assertThat(resolve(Map.of("user.home", "/home/ann", "os.name", "Linux"), Map.of("XDG_CONFIG_HOME", "rel")))
                .as("a relative XDG_CONFIG_HOME is invalid and ignored")
                .isEqualTo(Path.of("/home/ann/.config/ree-planner"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(resolve(Map.of("user.home", "/Users/ann", "os.name", "Mac OS X"), Map.of()))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/ree-planner"));
    }

    @Test
    void theSystemPropertyOverridesEverything() {
        assertThat(resolve(Map.of("user.home", "/home/ann", "os.name", "Linux", ConfigFolder.PROPERTY, "/tmp/x"),
                Map.of("XDG_CONFIG_HOME", "/cfg"))).isEqualTo(Path.of("/tmp/x"));
    }
}
