package org.reeplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The resource bundle and the code agree: every key used exists, every key in the bundle is used. */
class MessagesTest {
    private static final Path UI_SOURCES = Path.of("src/main/java/org/reeplanner/ui");
    private static final Pattern USE = Pattern.compile("Messages\\.(?:get|format|key)\\(\\s*\"([^\"]+)\"");
    private static final Pattern DYNAMIC = Pattern.compile("Messages\\.(?:get|format|key)\\((?!\\s*\")");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|(?m)^\\s*//[^\\n]*");

    @Test
    void everyKeyTheCodeUsesIsInTheBundle() {
        assertThat(bundleKeys()).containsAll(usedKeys().keySet());
        Set<String> missing = new TreeSet<>(usedKeys().keySet());
        missing.removeAll(bundleKeys());
        assertThat(missing).as("keys used in the code but missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        Set<String> unused = new TreeSet<>(bundleKeys());
        unused.removeAll(usedKeys().keySet());
        assertThat(unused).as("keys in messages.properties that no code uses").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        String resource = "/" + Messages.BUNDLE.replace('.', '/') + ".properties";
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int eq = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && eq > 0 && !seen.add(line.substring(0, eq).trim())) {
                    twice.add(line.substring(0, eq).trim());
                }
            }
        }
        assertThat(twice).as("keys defined more than once (the last one wins silently)").isEmpty();
    }

    /** A key looked up from a variable must have been written through Messages.key in the same class. */
    @Test
    void keysAreWrittenAsLiteralsSoThatTheyCanBeChecked() {
        sources().forEach((file, code) -> {
            if (!file.endsWith("Messages.java") && !code.contains("Messages.key(\"")) {
                assertThat(DYNAMIC.matcher(code).find()).as("a key built at run time in " + file).isFalse();
            }
        });
    }

    @Test
    void formatFillsNumberedPlacesAndLeavesApostrophesAlone() {
        assertThat(Messages.format("assumptions.changed", 3)).isEqualTo("Assumptions changed (3)");
        assertThat(Messages.format("chartWindow.chooser.help")).contains("main window's sliders");
        assertThat(Messages.format("status.line", "0.02 ms", "default"))
                .isEqualTo("model run 0.02 ms \u00b7 assumptions: default");
        assertThatThrownBy(() -> Messages.get("no.such.key")).hasMessageContaining("no.such.key");
    }

    private static Set<String> bundleKeys() {
        Properties p = new Properties();
        String resource = "/" + Messages.BUNDLE.replace('.', '/') + ".properties";
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.stringPropertyNames();
    }

    /** Each key used, with the file that first uses it. */
    private static Map<String, Path> usedKeys() {
        Map<String, Path> keys = new java.util.HashMap<>();
        sources().forEach((file, code) -> {
            Matcher m = USE.matcher(code);
            while (m.find()) {
                keys.putIfAbsent(m.group(1), file);
            }
        });
        return keys;
    }

    private static Map<Path, String> sources() {
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toMap(f -> f, f -> {
                try {
                    return COMMENTS.matcher(Files.readString(f)).replaceAll("");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
