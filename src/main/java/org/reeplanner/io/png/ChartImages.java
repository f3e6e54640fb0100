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
import java.util.function.Function;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.reeplanner.io.AtomicFiles;
import org.reeplanner.io.report.BarChartSpec;
import org.reeplanner.io.report.ChartSpec;
import org.reeplanner.model.analysis.Progress;

/**
 * Turns chart descriptions into PNG files: every picture is rendered in memory first, then each file is written
 * atomically as {@code <chart id>.png} (and, for the quarter-slide variant, {@code <chart id>-quarter.png}). Every
 * PNG states its resolution ({@value #DPI} dpi, a pHYs chunk), so office suites place it at a known size. When a
 * write fails, the files this call had newly created are removed again, files it replaced keep their complete new
 * content, and other files in the folder are never touched.
 */
public final class ChartImages {
    /** The resolution written into every PNG: 1920 px are then 13.3 in, the width of a 16:9 slide. */
    public static final int DPI = 144;
    /** The quarter-slide variant's size: a quarter of a 16:9 slide (6.67 × 3.75 in) at {@value #DPI} dpi. */
    public static final int QUARTER_WIDTH = 960;
    public static final int QUARTER_HEIGHT = 540;
    /**
     * Text scale of the quarter-slide variant: its smallest type (the source line, 21 px at full HD) comes out at
     * 20.5 px, over 10 pt at {@value #DPI} dpi.
     */
    static final float QUARTER_TEXT_SCALE = 1.95f;
    private static final String QUARTER_SUFFIX = "-quarter";
    private final ChartRenderer renderer;

    /** One picture of each chart: a file-name suffix, how to draw line and bar charts, and its size. */
    private record Variant(String suffix, ChartRenderer renderer, BarChartRenderer bars, int width, int height) {
    }

    /** A chart to write: its id (the file stem) and how a variant draws it. */
    private record Picture(String id, Function<Variant, BufferedImage> draw) {
    }

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
            writer.write(null, new IIOImage(image, null, resolution(writer, image)), null);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a PNG in memory failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** PNG metadata saying {@value #DPI} dots per inch (in the PNG's unit, pixels per metre). */
    private static IIOMetadata resolution(ImageWriter writer, BufferedImage image) throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        String perMetre = Long.toString(Math.round(DPI / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
        return meta;
    }

    /**
     * Writes every chart into {@code folder} (which must exist) at the given size; returns the files written, in
     * chart order.
     */
    public List<Path> write(Path folder, List<ChartSpec> charts, int width, int height, Progress progress)
            throws IOException {
        return write(folder, pictures(charts, List.of()), List.of(new Variant("", renderer, new BarChartRenderer(),
                width, height)), progress);
    }

    /**
     * Writes every chart at full HD and as a quarter-slide variant ({@value #QUARTER_WIDTH}×{@value #QUARTER_HEIGHT},
     * type at least 10 pt when placed on a quarter of a slide) named {@code <chart id>-quarter.png}.
     */
    public List<Path> writeWithQuarterSlide(Path folder, List<ChartSpec> charts, Progress progress)
            throws IOException {
        return writeWithQuarterSlide(folder, charts, List.of(), progress);
    }

    /** As {@link #writeWithQuarterSlide(Path, List, Progress)}, with bar charts (tornado, attribution) after. */
    public List<Path> writeWithQuarterSlide(Path folder, List<ChartSpec> charts, List<BarChartSpec> bars,
                                            Progress progress) throws IOException {
        return write(folder, pictures(charts, bars), List.of(new Variant("", renderer, new BarChartRenderer(),
                        ChartRenderer.WIDTH, ChartRenderer.HEIGHT),
                new Variant(QUARTER_SUFFIX, new ChartRenderer(QUARTER_TEXT_SCALE),
                        new BarChartRenderer(QUARTER_TEXT_SCALE), QUARTER_WIDTH, QUARTER_HEIGHT)), progress);
    }

    private static List<Picture> pictures(List<ChartSpec> charts, List<BarChartSpec> bars) {
        List<Picture> all = new ArrayList<>();
        for (ChartSpec c : charts) {
            all.add(new Picture(c.id(), v -> v.renderer().render(c, v.width(), v.height())));
        }
        for (BarChartSpec b : bars) {
            all.add(new Picture(b.id(), v -> v.bars().render(b, v.width(), v.height())));
        }
        return all;
    }

    private List<Path> write(Path folder, List<Picture> charts, List<Variant> variants, Progress progress)
            throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("cannot write charts to " + folder + ": "
                    + (Files.exists(folder) ? "it is not a folder" : "the folder does not exist"));
        }
        Map<Path, byte[]> images = new LinkedHashMap<>();
        for (int i = 0; i < charts.size(); i++) {
            Picture spec = charts.get(i);
            for (Variant v : variants) {
                Path file = folder.resolve(spec.id() + v.suffix() + ".png");
                if (images.put(file, encode(spec.draw().apply(v))) != null) {
                    throw new IllegalArgumentException("two charts share the id '" + spec.id() + "'");
                }
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
