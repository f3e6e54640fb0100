package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    private static final byte[] OLD = "old content\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path existing() throws IOException {
        return Files.write(dir.resolve("result.json"), OLD);
    }

    private void assertOnlyFileIs(Path file) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void writesANewFile() throws IOException {
        Path file = dir.resolve("new.csv");

        AtomicFiles.write(file, "a,b\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(file).hasContent("a,b\r\n");
        assertOnlyFileIs(file);
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path file = existing();

        AtomicFiles.write(file, out -> {
            out.write("new".getBytes(StandardCharsets.UTF_8));
            out.close();
        });

        assertThat(file).hasContent("new");
        assertOnlyFileIs(file);
    }

    @Test
    void failureMidwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = existing();

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessageContaining(file.toString()).hasMessageContaining("disk full");

        assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
        assertOnlyFileIs(file);
    }

    @Test
    void unexpectedFaultMidwayAlsoLeavesTheOldFile() throws IOException {
        Path file = existing();

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("model produced NaN");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
        assertOnlyFileIs(file);
    }

    @Test
    void missingFolderIsNamedAndNothingIsCreated() {
        Path file = dir.resolve("no").resolve("such").resolve("out.json");

        assertThatThrownBy(() -> AtomicFiles.write(file, OLD)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("does not exist");

        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void folderAsTargetIsRefusedAndKept() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.json"));

        assertThatThrownBy(() -> AtomicFiles.write(folder, OLD)).isInstanceOf(IOException.class)
                .hasMessageContaining(folder.toString()).hasMessageContaining("folder");

        assertThat(folder).isDirectory();
        assertOnlyFileIs(folder);
    }

    @Test
    void refusesToReplaceSomethingThatIsNotARegularFile() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo available");

        assertThatThrownBy(() -> AtomicFiles.write(fifo, OLD))
                .isInstanceOf(IOException.class).hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(fifo,
                java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void writesThroughASymbolicLinkAndKeepsTheLink() throws Exception {
        Path real = dir.resolve("real.json");
        Files.write(real, OLD);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);

        AtomicFiles.write(link, "new\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new\n");
    }

    @Test
    void aWritersOwnExceptionAroundAStreamFailureBecomesAnIoErrorNamingTheFile() throws IOException {
        Path file = existing();

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            // POI catches the stream's IOException and throws a runtime exception of its own that may not carry it.
            throw new IllegalStateException("part failed to be saved", new IOException("No space left on device"));
        })).isInstanceOf(IOException.class).hasMessage("cannot write " + file + ": No space left on device");

        assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
        assertOnlyFileIs(file);
    }

    @Test
    void temporaryFilesOfProcessesNoLongerRunningAreDeletedByTheNextWrite() throws IOException {
        Path file = existing();
        Path deadProcess = Files.write(dir.resolve(".report.xlsx.2147483646-3fa2.tmp"), OLD);
        Path ownProcess = Files.write(dir.resolve(".other.pptx." + ProcessHandle.current().pid() + "-1.tmp"), OLD);
        Path oldWithoutPid = Files.write(dir.resolve(".result.json.9e3779b97f4a7c15.tmp"), OLD);
        Files.setLastModifiedTime(oldWithoutPid, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        Path recentWithoutPid = Files.write(dir.resolve(".result.json.1234abcd.tmp"), OLD);
        Path someoneElses = Files.write(dir.resolve(".notes.tmp"), OLD);

        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(deadProcess).doesNotExist();
        assertThat(oldWithoutPid).doesNotExist();
        assertThat(ownProcess).exists();
        assertThat(recentWithoutPid).exists();
        assertThat(someoneElses).exists();
    }

    @Test
    void aTemporaryFileNamesTheWritingProcess() throws IOException {
        Path file = dir.resolve("report.xlsx");
        String[] seen = new String[1];

        AtomicFiles.write(file, out -> {
            try (Stream<Path> files = Files.list(dir)) {
                seen[0] = files.map(p -> p.getFileName().toString()).findFirst().orElseThrow();
            }
        });

        assertThat(seen[0]).matches("\\.report\\.xlsx\\." + ProcessHandle.current().pid() + "-[0-9a-f]+\\.tmp");
    }

    @Test
    void aDanglingSymbolicLinkIsNamedAsSuch() throws IOException {
        Path link = dir.resolve("report.xlsx");
        try {
            Files.createSymbolicLink(link, dir.resolve("gone/report.xlsx"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }

        assertThatThrownBy(() -> AtomicFiles.write(link, OLD)).isInstanceOf(IOException.class)
                .hasMessageContaining("symbolic link to a file that does not exist");
    }
}
