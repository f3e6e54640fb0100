import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the application icon (a teal tile with a hexagon, for an element, around three rising bars, for supply)
 * as PNGs in several sizes plus an SVG with the same geometry. Run from the project root:
 * {@code java assets/icons/MakeIcons.java}.
 */
public final class MakeIcons {
    private static final double CANVAS = 256;
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static final Color TOP = new Color(0x14b8a6);
    private static final Color BOTTOM = new Color(0x0f4c63);
    private static final double[][] BARS = {{86, 132, 22, 36}, {117, 108, 22, 60}, {148, 84, 22, 84}};

    public static void main(String[] args) throws IOException {
        Path pngDir = Path.of("assets/icons");
        Files.createDirectories(pngDir);
        for (int size : SIZES) {
            ImageIO.write(draw(size), "png", pngDir.resolve("app-" + size + ".png").toFile());
        }
        Files.writeString(Path.of("assets/icons/app-icon.svg"), svg());
    }

    private static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / CANVAS, size / CANVAS);
        g.setPaint(new GradientPaint(8, 8, TOP, 248, 248, BOTTOM));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 104, 104));
        g.setColor(Color.WHITE);
        // Small icons get a heavier outline so the hexagon survives downscaling.
        float stroke = size <= 24 ? 22f : 14f;
        g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(hexagon());
        for (double[] b : BARS) {
            g.fill(new RoundRectangle2D.Double(b[0], b[1], b[2], b[3], 10, 10));
        }
        g.dispose();
        return image;
    }

    private static Path2D hexagon() {
        Path2D path = new Path2D.Double();
        double[][] points = hexagonPoints();
        path.moveTo(points[0][0], points[0][1]);
        for (int i = 1; i < points.length; i++) {
            path.lineTo(points[i][0], points[i][1]);
        }
        path.closePath();
        return path;
    }

    private static double[][] hexagonPoints() {
        double[][] points = new double[6][];
        for (int k = 0; k < 6; k++) {
            double angle = Math.toRadians(-90 + 60 * k);
            points[k] = new double[] {128 + 88 * Math.cos(angle), 128 + 88 * Math.sin(angle)};
        }
        return points;
    }

    private static String svg() {
        StringBuilder hex = new StringBuilder();
        for (double[] p : hexagonPoints()) {
            hex.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
        }
        StringBuilder bars = new StringBuilder();
        for (double[] b : BARS) {
            bars.append(String.format(Locale.ROOT,
                    "  <rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"5\" fill=\"#ffffff\"/>%n",
                    b[0], b[1], b[2], b[3]));
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\" viewBox=\"0 0 256 256\">\n"
                + "  <title>Rare Earth Resilience Planner</title>\n"
                + "  <defs>\n"
                + "    <linearGradient id=\"tile\" x1=\"8\" y1=\"8\" x2=\"248\" y2=\"248\""
                + " gradientUnits=\"userSpaceOnUse\">\n"
                + "      <stop offset=\"0\" stop-color=\"#14b8a6\"/>\n"
                + "      <stop offset=\"1\" stop-color=\"#0f4c63\"/>\n"
                + "    </linearGradient>\n"
                + "  </defs>\n"
                + "  <rect x=\"8\" y=\"8\" width=\"240\" height=\"240\" rx=\"52\" fill=\"url(#tile)\"/>\n"
                + "  <polygon points=\"" + hex.toString().trim() + "\" fill=\"none\" stroke=\"#ffffff\""
                + " stroke-width=\"14\" stroke-linejoin=\"round\"/>\n"
                + bars
                + "</svg>\n";
    }
}
