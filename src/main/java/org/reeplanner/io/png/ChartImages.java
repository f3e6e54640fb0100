package org.reeplanner.io.png;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.reeplanner.io.AtomicFiles;
import org.reeplanner.io.report.ChartSpec;
import org.reeplanner.model.analysis.Progress;

/**
 * Turns chart descriptions into PNG files: every picture is rendered in memory first, then each file is written
 * atomically as {@code <chart id>.png}. When a write fails, the files this call had newly created are removed again,
 * files it replaced keep their complete new content, and other files in the folder are never touched.
 */
public final class ChartImages {
    private final ChartRenderer renderer;

    public ChartImages() {
        this(new ChartRenderer());
    }

    public ChartImages(ChartRenderer renderer) {
        this.renderer = renderer;
    }

    /** The PNG bytes of one chart at {@code width}×{@code height}. */
    public byte[] png(ChartSpec spec, int width, int height) {
        return encode(renderer.render(spec, width, height));
    }

    /**
     * The PNG bytes of {@code image}, encoded in memory only: {@code ImageIO.write} to a stream caches in a temporary
     * file, which fails (an internal error) when the temporary folder is full although nothing is written there.
     */
    public static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        java.util.Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("no PNG encoder available");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a PNG in memory failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * Writes every chart into {@code folder} (which must exist) at the given size; returns the files written, in
     * chart order.
     */
    public List<Path> write(Path folder, List<ChartSpec> charts, int width, int height, Progress progress)
            throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("cannot write charts to " + folder + ": "
                    + (Files.exists(folder) ? "it is not a folder" : "the folder does not exist"));
        }
        Map<Path, byte[]> images = new LinkedHashMap<>();
        for (int i = 0; i < charts.size(); i++) {
            ChartSpec spec = charts.get(i);
            Path file = folder.resolve(spec.id() + ".png");
            if (images.put(file, png(spec, width, height)) != null) {
                throw new IllegalArgumentException("two charts share the id '" + spec.id() + "'");
            }
            progress.report(0.8 * (i + 1) / charts.size());
        }
        List<Path> created = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> e : images.entrySet()) {
                boolean existed = Files.exists(e.getKey());
                AtomicFiles.write(e.getKey(), e.getValue());
                if (!existed) {
                    created.add(e.getKey());
                }
                written.add(e.getKey());
                progress.report(0.8 + 0.2 * written.size() / images.size());
            }
        } catch (IOException | RuntimeException e) {
            for (Path p : created) {
                Files.deleteIfExists(p);
            }
            throw e;
        }
        return written;
    }
}
