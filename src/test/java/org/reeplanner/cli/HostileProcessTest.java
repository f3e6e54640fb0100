package org.reeplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher in a separate JVM, as users start it, so that what reaches the console is all of it: POI's and
 * Log4j's logging, a full disk (a file size limit stands in for it), memory limits. One line, exit 2, no trace.
 */
class HostileProcessTest {
    private static final Path SEED = Path.of("sample-data/scenarios/seed-baseline.json").toAbsolutePath();

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    private Result launch(String shellPrefix, String... args) throws IOException, InterruptedException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:-UsePerfData", "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), "org.reeplanner.Launcher"));
        java.addAll(List.of(args));
        List<String> command = new ArrayList<>();
        if (shellPrefix != null) {
            command.addAll(List.of("bash", "-c", shellPrefix + " && exec \"$@\"", "launch"));
        }
        command.addAll(java);
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static void assertOneCleanLine(Result r) {
        assertThat(r.exit()).as("exit code; stderr:%n%s", r.err()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("ERROR");
    }

    @Test
    void aFullDiskWhileWritingTheWorkbookAndDeckIsOneLineNamingTheFile() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")));
        Path old = Files.writeString(dir.resolve("r.xlsx"), "old");

        // Files may not grow beyond 30 KiB here: POI's write fails midway like on a full disk.
        Result xlsx = launch("ulimit -f 30", "run", SEED.toString(), "--xlsx", "r.xlsx");
        Result pptx = launch("ulimit -f 30", "run", SEED.toString(), "--pptx", "r.pptx");

        assertOneCleanLine(xlsx);
        assertThat(xlsx.err()).isEqualTo("ree-planner run: cannot write r.xlsx: File too large\n");
        assertOneCleanLine(pptx);
        assertThat(pptx.err()).isEqualTo("ree-planner run: cannot write r.pptx: File too large\n");
        assertThat(old).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("r.xlsx", "out.txt",
                    "err.txt");
        }
    }

    @Test
    void aRefusedWorkbookPrintsNoLoggingAndNoTrace() throws Exception {
        Path book = HostileInputsTest.folder().resolve("doctype-core-properties.xlsx");

        Result r = launch(null, "validate", book.toString());

        assertOneCleanLine(r);
        assertThat(r.err().lines()).hasSize(2).element(1).asString().contains("DOCTYPE");
    }

    @Test
    void anEndlessDeviceIsRefusedWithinASmallHeap() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));

        Result r = launch(null, "run", "/dev/zero");

        assertOneCleanLine(r);
        assertThat(r.err()).contains("/dev/zero").contains("not a regular file");
    }
}
