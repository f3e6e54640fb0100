package org.reeplanner.io.png;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.reeplanner.io.AtomicFiles;

/** Writes pixels (a picture of a chart on screen) as a PNG file, atomically: a failed write leaves the old file. */
public final class PngWriter {
    private PngWriter() {
    }

    /**
     * Writes a {@code width × height} image whose pixels are {@code argb} (row by row, 0xAARRGGBB) to {@code target}.
     *
     * @throws IOException naming the file when the folder is missing or not writable, or writing fails
     */
    public static void write(Path target, int width, int height, int[] argb) throws IOException {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("expected " + width + "×" + height + " pixels, got " + argb.length);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        AtomicFiles.write(target, ChartImages.encode(image));
    }
}
