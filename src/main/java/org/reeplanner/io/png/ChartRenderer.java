package org.reeplanner.io.png;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.reeplanner.io.report.AxisSpec;
import org.reeplanner.io.report.ChartSpec;
import org.reeplanner.io.report.NiceSteps;
import org.reeplanner.io.report.Palette;

/**
 * Draws a {@link ChartSpec} off-screen with Java2D (works headless): title, subtitle, axes with titles, grid, the
 * data, a legend, and the source and scenario/date lines. Sizes are laid out for 1920×1080 and scale with the image.
 */
public final class ChartRenderer {
    public static final int WIDTH = 1920;
    public static final int HEIGHT = 1080;
    private static final String FONT = Font.SANS_SERIF;
    /** The source line's size at full HD, the smallest type of a picture: no text is shrunk below it. */
    private static final int FOOTER_PX = 21;
    private final float textScale;

    /** A renderer with text sized for a full-screen picture. */
    public ChartRenderer() {
        this(1f);
    }

    /** A renderer whose text is {@code textScale} times the usual size, e.g. 1.3 for pictures shrunk onto slides. */
    public ChartRenderer(float textScale) {
        if (!(textScale >= 0.5f && textScale <= 3f)) {
            throw new IllegalArgumentException("text scale must be from 0.5 to 3, got " + textScale);
        }
        this.textScale = textScale;
    }

    public BufferedImage render(ChartSpec spec) {
        return render(spec, WIDTH, HEIGHT);
    }

    public BufferedImage render(ChartSpec spec, int width, int height) {
        return paint(width, height, (g, s) -> draw(g, spec, width, height, s));
    }

    /** What a picture draws on its canvas, given the scale of its layout against full HD. */
    interface Drawing {
        void draw(Graphics2D g, float scale);
    }

    /** A white, antialiased {@code width}×{@code height} canvas with {@code drawing} on it. */
    static BufferedImage paint(int width, int height, Drawing drawing) {
        if (width < 320 || height < 180 || (long) width * height > 64_000_000L) {
            throw new IllegalArgumentException("image size " + width + "×" + height + " outside 320×180 to 64 MP");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            setUp(g, width, height);
            drawing.draw(g, Math.min(width / (float) WIDTH, height / (float) HEIGHT));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void setUp(Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    private void draw(Graphics2D g, ChartSpec spec, int w, int h, float s) {
        int pad = Math.round(56 * s);
        float t = s * textScale;
        int y = pad;
        List<TextLines> headings = headings(g, spec, w, s);
        y = text(g, headings.get(0), Palette.TEXT, pad, y);
        y = text(g, headings.get(1), Palette.MUTED, pad, y + Math.round(10 * s));
        int footerTop = drawFooter(g, spec.sourceLine(), spec.stamp(), w, h, pad, t);
        Legend legend = Legend.layout(g, spec.series(), font(Font.PLAIN, 26, t), pad, w - 2 * pad, t);
        int legendTop = footerTop - Math.round(24 * s) - legend.height();
        legend.paint(g, legendTop);

        Font tickFont = font(Font.PLAIN, 24, t);
        Font axisFont = font(Font.PLAIN, 26, t);
        FontMetrics tm = g.getFontMetrics(tickFont);
        FontMetrics am = g.getFontMetrics(axisFont);
        NiceSteps yScale = scale(spec, false);
        NiceSteps y2Scale = spec.y2() == null ? null : secondScale(spec, yScale);
        int top = y + Math.round(40 * s);
        int bottom = legendTop - Math.round(30 * s) - am.getHeight() - tm.getHeight() - Math.round(20 * s);
        int height = Math.max(10, bottom - top);
        float least = font(Font.PLAIN, FOOTER_PX, t).getSize2D();
        TextLines yTitle = TextLines.fit(g, spec.y().title(), axisFont, height, 2, least);
        TextLines y2Title = spec.y2() == null ? null : TextLines.fit(g, spec.y2().title(), axisFont, height, 2, least);
        int left = pad + yTitle.height(g) + Math.round(18 * s) + widest(tm, yScale, spec.y()) + Math.round(16 * s);
        int right = w - pad - (y2Scale == null ? Math.round(24 * s)
                : y2Title.height(g) + Math.round(18 * s) + widest(tm, y2Scale, spec.y2()) + Math.round(16 * s));
        Rectangle plot = new Rectangle(left, top, Math.max(10, right - left), height);

        PlotPainter painter = new PlotPainter(spec, plot, yScale, y2Scale, s);
        painter.paintGrid(g);
        painter.paint(g);
        drawValueAxis(g, spec.y(), yTitle, yScale, plot, tickFont, s, false, pad);
        if (spec.y2() != null) {
            drawValueAxis(g, spec.y2(), y2Title, y2Scale, plot, tickFont, s, true, w - pad);
        }
        drawYears(g, spec, painter, plot, tickFont, axisFont, s);
    }

    /**
     * The bounds and step of a value axis as the pictures draw it, {min, max, step}: round numbers, a zoomed axis
     * close to its data, and a right-hand axis with as many ticks as the left one, so both share the grid lines.
     */
    public static double[] axisScale(ChartSpec spec, boolean secondary) {
        NiceSteps primary = scale(spec, false);
        NiceSteps s = secondary ? secondScale(spec, primary) : primary;
        return new double[] {s.lower(), s.upper(), s.step()};
    }

    private static NiceSteps scale(ChartSpec spec, boolean secondary) {
        AxisSpec axis = secondary ? spec.y2() : spec.y();
        double[] range = DataRange.of(spec, secondary, axis.fromZero());
        return NiceSteps.forAxis(range[0], range[1], axis.min(), axis.max(), axis.fromZero());
    }

    private static NiceSteps secondScale(ChartSpec spec, NiceSteps primary) {
        if (spec.y2().min() != null || spec.y2().max() != null || !spec.y2().fromZero()) {
            return scale(spec, true);
        }
        double[] range = DataRange.of(spec, true, true);
        return primary.aligned(range[0], range[1]);
    }

    private static int widest(FontMetrics fm, NiceSteps scale, AxisSpec axis) {
        int max = 0;
        for (int i = 0; i < scale.count(); i++) {
            max = Math.max(max, fm.stringWidth(axis.format().tick(scale.tick(i), scale.step())));
        }
        return max;
    }

    private static void drawValueAxis(Graphics2D g, AxisSpec axis, TextLines title, NiceSteps scale, Rectangle plot,
                                      Font tickFont, float s, boolean right, int edge) {
        g.setFont(tickFont);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(new Color(Palette.MUTED));
        for (int i = 0; i < scale.count(); i++) {
            double v = scale.tick(i);
            String label = axis.format().tick(v, scale.step());
            float yy = (float) (plot.y + plot.height - scale.position(v) * plot.height) + fm.getAscent() / 2f - 2 * s;
            float x = right ? plot.x + plot.width + 14 * s : plot.x - 14 * s - fm.stringWidth(label);
            g.drawString(label, x, yy);
        }
        g.setFont(title.font());
        FontMetrics am = g.getFontMetrics();
        AffineTransform old = g.getTransform();
        double cy = plot.y + plot.height / 2.0;
        if (right) {
            g.translate(edge - am.getDescent(), cy);
            g.rotate(Math.PI / 2);
        } else {
            g.translate(edge + am.getAscent(), cy);
            g.rotate(-Math.PI / 2);
        }
        g.setColor(new Color(Palette.TEXT));
        for (int i = 0; i < title.lines().size(); i++) {
            String line = title.lines().get(i);
            g.drawString(line, -am.stringWidth(line) / 2f, i * am.getHeight());
        }
        g.setTransform(old);
    }

    private static void drawYears(Graphics2D g, ChartSpec spec, PlotPainter painter, Rectangle plot, Font tickFont,
                                  Font axisFont, float s) {
        int[] years = spec.years();
        g.setFont(tickFont);
        FontMetrics fm = g.getFontMetrics();
        int labelWidth = fm.stringWidth("2040") + Math.round(24 * s);
        int every = 1;
        for (int candidate : new int[] {1, 2, 5, 10}) {
            every = candidate;
            if ((years.length + candidate - 1) / candidate * labelWidth <= plot.width) {
                break;
            }
        }
        float base = plot.y + plot.height + 12 * s + fm.getAscent();
        for (int i = 0; i < years.length; i++) {
            float x = (float) painter.x(i);
            g.setColor(new Color(Palette.AXIS));
            g.setStroke(new BasicStroke(1.5f * s));
            g.draw(new Line2D.Float(x, plot.y + plot.height, x, plot.y + plot.height + 8 * s));
            if (years[i] % every == 0 || every == 1) {
                String label = Integer.toString(years[i]);
                g.setColor(new Color(Palette.MUTED));
                g.drawString(label, x - fm.stringWidth(label) / 2f, base);
            }
        }
        g.setFont(axisFont);
        FontMetrics am = g.getFontMetrics();
        g.setColor(new Color(Palette.TEXT));
        g.drawString(spec.xTitle(), plot.x + (plot.width - am.stringWidth(spec.xTitle())) / 2f,
                base + fm.getDescent() + 10 * s + am.getAscent());
    }

    /** The source line and the stamp at the foot of a picture over a rule; returns the rule's y. */
    static int drawFooter(Graphics2D g, String sourceLine, String stamp, int w, int h, int pad, float s) {
        Font f = font(Font.PLAIN, FOOTER_PX, s);
        int stampRoom = g.getFontMetrics(f).stringWidth(stamp) + Math.round(40 * s);
        g.setFont(TextLines.shrunk(g, f, sourceLine, w - 2 * pad - stampRoom));
        FontMetrics fm = g.getFontMetrics();
        int baseline = h - Math.round(pad * 0.6f) - fm.getDescent();
        int stampWidth = fm.stringWidth(stamp);
        g.setColor(new Color(Palette.MUTED));
        g.drawString(TextLines.ellipsis(fm, sourceLine, w - 2 * pad - stampWidth - Math.round(40 * s)), pad,
                baseline);
        g.drawString(stamp, w - pad - stampWidth, baseline);
        int top = baseline - fm.getAscent() - Math.round(16 * s);
        g.setColor(new Color(Palette.GRID));
        g.setStroke(new BasicStroke(2f * s));
        g.draw(new Line2D.Float(pad, top, w - pad, top));
        return top;
    }

    /** Draws laid-out lines with their top at {@code top}; returns the y just below them. */
    private static int text(Graphics2D g, TextLines lines, int rgb, int x, int top) {
        g.setFont(lines.font());
        FontMetrics fm = g.getFontMetrics();
        g.setColor(new Color(rgb));
        for (int i = 0; i < lines.lines().size(); i++) {
            g.drawString(lines.lines().get(i), x, top + i * fm.getHeight() + fm.getAscent());
        }
        return top + lines.height(g);
    }

    /** Draws one line of text, shrunk to {@code maxWidth} if need be, its top at {@code top}; returns the y below. */
    static int text(Graphics2D g, String text, Font font, int rgb, int x, int top, int maxWidth) {
        if (text.isEmpty()) {
            return top;
        }
        g.setFont(TextLines.shrunk(g, font, text, maxWidth));
        FontMetrics fm = g.getFontMetrics();
        g.setColor(new Color(rgb));
        g.drawString(TextLines.ellipsis(fm, text, maxWidth), x, top + fm.getAscent());
        return top + fm.getHeight();
    }

    /** The title and the subtitle laid out for a picture {@code w} wide: shrunk or wrapped, never cut. */
    private List<TextLines> headings(Graphics2D g, ChartSpec spec, int w, float s) {
        int pad = Math.round(56 * s);
        float t = s * textScale;
        float least = font(Font.PLAIN, FOOTER_PX, t).getSize2D();
        return List.of(TextLines.fit(g, spec.title(), font(Font.BOLD, 46, t), w - 2 * pad, 2, least),
                TextLines.fit(g, spec.subtitle(), font(Font.PLAIN, 28, t), w - 2 * pad, 2, least));
    }

    /** The title and subtitle of {@code spec} as a picture of {@code width}×{@code height} lays them out. */
    List<TextLines> headings(ChartSpec spec, int width, int height) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            setUp(g, 1, 1);
            return headings(g, spec, width, Math.min(width / (float) WIDTH, height / (float) HEIGHT));
        } finally {
            g.dispose();
        }
    }

    static Font font(int style, float px, float scale) {
        return new Font(FONT, style, 12).deriveFont(px * scale);
    }
}
