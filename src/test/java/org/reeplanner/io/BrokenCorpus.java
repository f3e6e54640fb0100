package org.reeplanner.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.reeplanner.model.Problem;

/**
 * The corpus of broken scenario files under {@code src/test/resources/broken-scenarios} and the table of the
 * problems each must produce ({@code expected-problems.psv}: file, severity, JSON path, part of what was found).
 */
public final class BrokenCorpus {
    public static final String TABLE = "expected-problems.psv";

    /** One expected problem of one broken file. */
    public record Expected(String file, Problem.Severity severity, String path, String found) {
        public Path location() {
            return folder().resolve(file);
        }

        @Override
        public String toString() {
            return file + " → " + severity + " at " + path;
        }
    }

    private BrokenCorpus() {
    }

    public static Path folder() {
        try {
            return Path.of(Objects.requireNonNull(BrokenCorpus.class.getResource("/broken-scenarios/" + TABLE),
                    "corpus missing from the test class path").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Expected> expected() {
        try (Stream<String> lines = Files.lines(folder().resolve(TABLE), StandardCharsets.UTF_8)) {
            return lines.skip(1).filter(l -> !l.isBlank()).map(l -> {
                String[] cells = l.split("\\|", -1);
                return new Expected(cells[0], Problem.Severity.valueOf(cells[1]), cells[2], cells[3]);
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> files() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
