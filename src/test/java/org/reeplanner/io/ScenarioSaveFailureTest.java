package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeplanner.model.Scenario;

/** A save that fails at any point leaves the previous file byte for byte and no temporary file behind. */
class ScenarioSaveFailureTest {
    private static final ScenarioReader READER = new ScenarioReader(ModelDataReader.readShipped().focusAreas());
    private static final Scenario OLD = READER.readShipped("seed-baseline");
    private static final Scenario NEW = READER.readShipped("accelerated-allied");
    private static final int NEW_LENGTH = ScenarioWriter.toBytes(NEW).length;

    @TempDir
    Path dir;

    /** Passes {@code limit} bytes on, then fails the way a full disk or a pulled USB stick does. */
    private static final class FailingAfter extends FilterOutputStream {
        private long left;

        FailingAfter(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int allowed = (int) Math.min(len, left);
            out.write(b, off, allowed);
            left -= allowed;
            if (allowed < len) {
                throw new IOException("No space left on device (injected after the byte limit)");
            }
        }
    }

    static Stream<Integer> failurePoints() {
        return Stream.concat(Stream.of(0, 1, 2, 17, NEW_LENGTH / 2, NEW_LENGTH - 1),
                IntStream.iterate(64, n -> n < NEW_LENGTH, n -> n + 211).boxed());
    }

    private Path savedOld() throws IOException {
        Path file = dir.resolve("scenario.json");
        ScenarioWriter.save(file, OLD);
        return file;
    }

    private void assertOnlyFileIs(Path file) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @ParameterizedTest(name = "fails after {0} bytes")
    @MethodSource("failurePoints")
    void failureAfterAnyNumberOfBytesKeepsThePreviousFile(int limit) throws Exception {
        Path file = savedOld();
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> AtomicFiles.write(file,
                out -> ScenarioWriter.content(NEW).writeTo(new FailingAfter(out, limit))))
                .isInstanceOf(IOException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("No space left");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(READER.read(file).scenario()).isEqualTo(OLD);
        assertOnlyFileIs(file);
    }

    @Test
    void runtimeFaultAndErrorMidWriteKeepThePreviousFile() throws Exception {
        Path file = savedOld();
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(ScenarioWriter.toBytes(NEW), 0, 100);
            throw new IllegalStateException("injected fault");
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(ScenarioWriter.toBytes(NEW), 0, 100);
            throw new OutOfMemoryError("injected");
        })).isInstanceOf(OutOfMemoryError.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertOnlyFileIs(file);
    }

    @Test
    void failureToMoveTheCompleteTemporaryFileKeepsThePreviousFile() throws Exception {
        Path file = savedOld();
        byte[] before = Files.readAllBytes(file);

        // The temporary file disappears after it is written but before it replaces the target: the move fails.
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            ScenarioWriter.content(NEW).writeTo(out);
            out.flush();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path temp : files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                    Files.delete(temp);
                }
            }
        })).isInstanceOf(IOException.class).hasMessageContaining(file.toString());

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertOnlyFileIs(file);
    }

    @Test
    void aSaveAfterAFailedOneSucceedsNormally() throws Exception {
        Path file = savedOld();
        assertThatThrownBy(() -> AtomicFiles.write(file,
                out -> ScenarioWriter.content(NEW).writeTo(new FailingAfter(out, 10)))).isInstanceOf(IOException.class);

        ScenarioWriter.save(file, NEW);

        assertThat(READER.read(file).scenario()).isEqualTo(NEW);
        assertOnlyFileIs(file);
    }

    @Test
    void savingIntoAMissingFolderFailsWithAMessageAndCreatesNothing() {
        Path file = dir.resolve("gone").resolve("scenario.json");

        assertThatThrownBy(() -> ScenarioWriter.save(file, NEW)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("does not exist");

        assertThat(dir.resolve("gone")).doesNotExist();
    }
}
