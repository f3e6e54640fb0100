package org.reeplanner.io.png;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.io.report.ChartSpec;
import org.reeplanner.io.report.ReportContent;
import org.reeplanner.io.report.ReportFixtures;
import org.reeplanner.io.report.StandardCharts;
import org.reeplanner.model.analysis.Progress;

class ChartImagesTest {
    private static final ReportContent CONTENT = ReportFixtures.full();
    private static final List<ChartSpec> CHARTS = StandardCharts.of(CONTENT).all(CONTENT.bands());

    @TempDir
    Path dir;

    @Test
    void everyPngStatesItsResolutionAndTheQuarterSlideVariantKeepsTypeAtTenPoints() throws IOException {
        List<Path> files = new ChartImages().writeWithQuarterSlide(dir, CHARTS.subList(0, 1), Progress.NONE);

        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("supply-separation.png",
                "supply-separation-quarter.png");
        for (Path f : files) {
            try (var in = ImageIO.createImageInputStream(f.toFile())) {
                var reader = ImageIO.getImageReaders(in).next();
                reader.setInput(in);
                var phys = ((javax.imageio.metadata.IIOMetadataNode) reader.getImageMetadata(0)
                        .getAsTree("javax_imageio_png_1.0")).getElementsByTagName("pHYs");
                assertThat(phys.getLength()).as(f.toString()).isEqualTo(1);
                var node = (javax.imageio.metadata.IIOMetadataNode) phys.item(0);
                assertThat(Long.parseLong(node.getAttribute("pixelsPerUnitXAxis")) * 0.0254).isCloseTo(144.0,
                        org.assertj.core.data.Offset.offset(0.05));
                assertThat(node.getAttribute("unitSpecifier")).isEqualTo("meter");
            }
        }
        BufferedImage quarter = ImageIO.read(files.get(1).toFile());
        assertThat(quarter.getWidth()).isEqualTo(ChartImages.QUARTER_WIDTH);
        double smallestPx = 21 * (ChartImages.QUARTER_WIDTH / 1920.0) * ChartImages.QUARTER_TEXT_SCALE;
        assertThat(smallestPx / ChartImages.DPI * 72).as("smallest type in points on a quarter slide")
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void exportColoursAreTheWindowsLightThemeColours() throws IOException {
        String theme = java.nio.file.Files.readString(Path.of("assets/themes/theme-light.css"));
        for (var region : org.reeplanner.model.Region.values()) {
            String name = "-ree-region-" + region.name().toLowerCase(java.util.Locale.ROOT);
            var m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(name) + ":\\s*#([0-9a-fA-F]{6})")
                    .matcher(theme);
            assertThat(m.find()).as(name).isTrue();
            assertThat(org.reeplanner.io.report.Palette.region(region)).as(name)
                    .isEqualTo(Integer.parseInt(m.group(1), 16));
        }
    }

    @Test
    void writesEveryChartAsAFullHdPngThatIsNotBlank() throws IOException {
        List<Path> files = new ChartImages().write(dir, CHARTS, 1920, 1080, Progress.NONE);

        assertThat(files).hasSize(CHARTS.size()).allMatch(f -> f.getFileName().toString().endsWith(".png"));
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("supply-separation.png",
                "china-share.png", "costs.png", "price-ndpr.png", "stress-test.png", "uncertainty-share-china-separation.png");
        for (Path f : files) {
            BufferedImage image = ImageIO.read(f.toFile());
            assertThat(image.getWidth()).as(f.toString()).isGreaterThanOrEqualTo(1920);
            assertThat(image.getHeight()).as(f.toString()).isGreaterThanOrEqualTo(1080);
            assertThat(colours(image)).as("distinct colours in %s", f).isGreaterThan(50);
            assertThat(inkFraction(image)).as("share of non-white pixels in %s", f).isBetween(0.03, 0.8);
        }
    }

    @Test
    void drawsTheScenarioLinesInTheirColours() {
        BufferedImage image = new ChartRenderer().render(CHARTS.stream()
                .filter(c -> c.id().equals(StandardCharts.CHINA_SHARE)).findFirst().orElseThrow());

        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(seen).contains(0xD97706, 0x2563EB, 0x8B3FD9);
    }

    @Test
    void scalesToOtherSizes() {
        BufferedImage image = new ChartRenderer().render(CHARTS.get(0), 2560, 1440);

        assertThat(image.getWidth()).isEqualTo(2560);
        assertThat(inkFraction(image)).isBetween(0.03, 0.8);
    }

    @Test
    void aMissingFolderIsRefusedAndNothingIsCreated() {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> new ChartImages().write(missing, CHARTS, 1920, 1080, Progress.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aFailedWriteRemovesTheNewFilesAndLeavesOtherFilesAndNoTemporaryFile() throws IOException {
        Path keep = Files.write(dir.resolve("notes.txt"), "mine".getBytes(StandardCharsets.UTF_8));
        Files.createDirectory(dir.resolve(CHARTS.get(3).id() + ".png"));

        assertThatThrownBy(() -> new ChartImages().write(dir, CHARTS, 1920, 1080, Progress.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining(CHARTS.get(3).id());

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("notes.txt",
                    CHARTS.get(3).id() + ".png");
        }
        assertThat(keep).hasContent("mine");
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private static double inkFraction(BufferedImage image) {
        long ink = 0;
        long all = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                all++;
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return (double) ink / all;
    }
}
