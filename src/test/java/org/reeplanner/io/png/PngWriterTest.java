package org.reeplanner.io.png;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesThePixelsAsAReadablePng() throws IOException {
        int[] argb = {0xff0f766e, 0xffd9622b, 0x80ffffff, 0xff000000, 0xff2563eb, 0xffffffff};
        Path file = dir.resolve("chart.png");

        PngWriter.write(file, 3, 2, argb);

        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(3);
        assertThat(read.getHeight()).isEqualTo(2);
        assertThat(read.getRGB(1, 0)).isEqualTo(0xffd9622b);
        assertThat(read.getRGB(1, 1)).isEqualTo(0xff2563eb);
    }

    @Test
    void aMissingFolderFailsNamingTheFileAndLeavesNothing() {
        Path file = dir.resolve("no-such-folder").resolve("chart.png");

        assertThatThrownBy(() -> PngWriter.write(file, 1, 1, new int[] {0xff000000}))
                .isInstanceOf(IOException.class).hasMessageContaining("chart.png");
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test
    void aFailedWriteKeepsTheEarlierFile() throws IOException {
        Path file = dir.resolve("chart.png");
        PngWriter.write(file, 1, 1, new int[] {0xff000000});
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> PngWriter.write(file, 2, 2, new int[] {1})).isInstanceOf(
                IllegalArgumentException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
