package org.reeplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs too large or too special to keep in the corpus, made here: devices, a pipe, links to them, an oversized
 * workbook and ZIP bombs. Each is refused within seconds, with one line naming the file.
 */
class SpecialInputsTest {
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private static CliRun refused(String... args) {
        CliRun run = assertTimeoutPreemptively(QUICKLY, () -> CliRun.of(args));
        return run.refusedAsBadInput();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom", "/dev/null"})
    void aDeviceIsRefusedBeforeItIsRead(String device) {
        assumeTrue(Files.exists(Path.of(device)));

        for (String command : new String[] {"validate", "run"}) {
            assertThat(refused(command, device).err()).contains(device)
                    .contains("found a device, pipe or socket, not a regular file; allowed a JSON file");
        }
    }

    @Test
    void aLinkToADeviceNamedLikeAScenarioIsRefused() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path link = Files.createSymbolicLink(dir.resolve("scenario.json"), Path.of("/dev/zero"));
        Path workbook = Files.createSymbolicLink(dir.resolve("scenario.xlsx"), Path.of("/dev/zero"));

        assertThat(refused("validate", link.toString()).err()).contains("reached through a symbolic link");
        assertThat(refused("run", workbook.toString()).err()).contains("not a regular file");
        Files.delete(link);
        Files.delete(workbook);
    }

    @Test
    void aPipeNamedLikeAScenarioIsRefusedInsteadOfWaitedOn() throws Exception {
        Path fifo = dir.resolve("x.json");
        try {
            assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
        }

        assertThat(refused("validate", fifo.toString()).err()).contains("not a regular file");
        assertThat(refused("run", fifo.toString()).err()).contains("not a regular file");
    }

    @Test
    void aDanglingLinkIsNamedAsSuch() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("missing.json"));

        assertThat(refused("validate", link.toString()).err()).contains("a symbolic link to a file that does not "
                + "exist");
    }

    @Test
    void aWorkbookOverTheSizeCapIsRefusedWithTheCap() throws IOException {
        Path big = dir.resolve("big.xlsx");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.write(new byte[] {'P', 'K', 3, 4});
            f.setLength(21L * 1024 * 1024);
        }

        assertThat(refused("validate", big.toString()).err()).contains("22020096 bytes")
                .contains("at most 20971520 bytes (20 MiB)");
    }

    @Test
    void aZipBombIsRefusedAfterFiftyMegabytesUnpacked() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        Files.write(bomb, withExtraPart(validWorkbook(), "xl/worksheets/sheet9.xml", 200));

        CliRun run = refused("validate", bomb.toString());

        assertThat(run.err()).contains("parts that unpack to more than 52428800 bytes");
    }

    @Test
    void sheetsTheReaderDoesNotNeedAreNeverParsed() throws Exception {
        // 40 MB of sheet XML below the cap, listed nowhere the reader looks: it is unpacked and counted, not parsed.
        Path book = dir.resolve("padded.xlsx");
        Files.write(book, withExtraPart(validWorkbook(), "xl/worksheets/sheet9.xml", 40));

        CliRun run = assertTimeoutPreemptively(QUICKLY, () -> CliRun.of("validate", book.toString()));

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void anOutputThatIsADanglingLinkIsRefusedBeforeTheRun() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("r.xlsx"), dir.resolve("nowhere/r.xlsx"));

        CliRun run = refused("run", validWorkbookFile().toString(), "--xlsx", link.toString());

        assertThat(run.err()).contains("--xlsx").contains("symbolic link to a file that does not exist")
                .doesNotContain("device");
    }

    @Test
    void aChartFolderThatIsADanglingLinkIsRefusedWithTheReason() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("charts"), dir.resolve("nowhere/charts"));

        CliRun run = refused("run", validWorkbookFile().toString(), "--png", link.toString());

        assertThat(run.err()).contains("--png: cannot create " + link + ": it is a symbolic link to a folder that "
                + "does not exist");
    }

    private static Path validWorkbookFile() throws URISyntaxException {
        return HostileInputsTest.folder().resolve("workbook-valid.xlsx");
    }

    private static byte[] validWorkbook() throws IOException, URISyntaxException {
        return Files.readAllBytes(validWorkbookFile());
    }

    /** {@code workbook} with one more part of {@code megabytes} of XML-ish padding, compressed about 1000 to 1. */
    private static byte[] withExtraPart(byte[] workbook, String name, int megabytes) throws IOException {
        return withPart(workbook, name, "<row/>".repeat(1024 * 1024 / 6), megabytes);
    }

    /** {@code workbook} with the part {@code name} (replaced if there) holding a sheet of {@code rows} x {@code n}. */
    private static byte[] withPart(byte[] workbook, String name, String rows, int n) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.getName().equals(name)) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            out.putNextEntry(new ZipEntry(name));
            out.write("<worksheet><sheetData>".getBytes(StandardCharsets.US_ASCII));
            byte[] block = rows.getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < n; i++) {
                out.write(block);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void anInputsSheetWithMoreCellsThanAnyExportIsRefusedWhileItIsRead() throws Exception {
        Path book = dir.resolve("cells.xlsx");
        Files.write(book, withPart(validWorkbook(), "xl/worksheets/sheet1.xml",
                "<row>" + "<c><v>1</v></c>".repeat(30) + "</row>", 10_000));

        CliRun run = refused("validate", book.toString());

        assertThat(run.err()).contains("the sheet 'Inputs' holds more than 200000 cells");
    }
}
