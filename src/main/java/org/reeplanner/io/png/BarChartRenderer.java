package org.reeplanner.io.png;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.reeplanner.io.report.AxisSpec;
import org.reeplanner.io.report.BarChartSpec;
import org.reeplanner.io.report.NiceSteps;
import org.reeplanner.io.report.Palette;

/**
 * Draws a {@link BarChartSpec} off-screen with Java2D, in the frame of {@link ChartRenderer} (title, subtitle,
 * legend, source and stamp lines): one labelled row per bar, the value axis along the bottom with round ticks, a
 * vertical reference line, and each row's value text to the right of its bar. A picture too small for every row
 * shows the first ones (a tornado's widest) at a readable height.
 */
public final class BarChartRenderer {
    private final float textScale;

    public BarChartRenderer() {
        this(1f);
    }

    /** A renderer whose text is {@code textScale} times the usual size (see {@link ChartRenderer}). */
    public BarChartRenderer(float textScale) {
        this.textScale = textScale;
    }

    public BufferedImage render(BarChartSpec spec, int width, int height) {
        return ChartRenderer.paint(width, height, (g, s) -> draw(g, spec, width, height, s));
    }

    private void draw(Graphics2D g, BarChartSpec spec, int w, int h, float s) {
        int pad = Math.round(56 * s);
        float t = s * textScale;
        int y = pad;
        Font titleFont = ChartRenderer.font(Font.BOLD, 46, t);
        List<String> lines = twoLines(g, spec.title(), titleFont, w - 2 * pad);
        String longest = lines.stream().max((a, b) -> a.length() - b.length()).orElse("");
        titleFont = TextLines.shrunk(g, titleFont, longest, w - 2 * pad);
        for (String line : lines) {
            y = ChartRenderer.text(g, line, titleFont, Palette.TEXT, pad, y, w - 2 * pad);
        }
        y = ChartRenderer.text(g, spec.subtitle(), ChartRenderer.font(Font.PLAIN, 28, t), Palette.MUTED, pad,
                y + Math.round(10 * s), w - 2 * pad);
        int footerTop = ChartRenderer.drawFooter(g, spec.sourceLine(), spec.stamp(), w, h, pad, t);
        Legend legend = Legend.layout(g, spec.legend(), ChartRenderer.font(Font.PLAIN, 26, t), pad, w - 2 * pad, t);
        int legendTop = footerTop - Math.round(24 * s) - legend.height();
        legend.paint(g, legendTop);

        Font labelFont = ChartRenderer.font(Font.PLAIN, 24, t);
        Font axisFont = ChartRenderer.font(Font.PLAIN, 26, t);
        FontMetrics lm = g.getFontMetrics(labelFont);
        FontMetrics am = g.getFontMetrics(axisFont);
        int labels = 0;
        int values = 0;
        for (BarChartSpec.Row r : spec.rows()) {
            labels = Math.max(labels, lm.stringWidth(r.label()));
            values = Math.max(values, lm.stringWidth(r.valueText()));
        }
        int left = pad + Math.min(labels, (w - 2 * pad) * 2 / 5) + Math.round(20 * s);
        int right = w - pad - values - Math.round(24 * s);
        int top = y + lm.getHeight() + Math.round(20 * s);
        int bottom = legendTop - Math.round(30 * s) - am.getHeight() - lm.getHeight() - Math.round(20 * s);
        NiceSteps scale = scale(spec);
        double plotWidth = Math.max(10, right - left);
        DoubleUnaryOperator x = v -> left + scale.position(clamp(v, scale)) * plotWidth;

        g.setFont(labelFont);
        int widest = 0;
        for (int i = 0; i < scale.count(); i++) {
            widest = Math.max(widest, lm.stringWidth(spec.x().format().tick(scale.tick(i), scale.step())));
        }
        // Every other tick label when they would touch (a narrow picture with large type).
        int every = (widest + 16 * s) * scale.count() > plotWidth ? 2 : 1;
        for (int i = 0; i < scale.count(); i++) {
            float gx = (float) x.applyAsDouble(scale.tick(i));
            g.setColor(new Color(i == 0 ? Palette.AXIS : Palette.GRID));
            g.setStroke(new BasicStroke(1.5f * s));
            g.draw(new Line2D.Float(gx, top, gx, bottom));
            if (i % every != 0) {
                continue;
            }
            String tick = spec.x().format().tick(scale.tick(i), scale.step());
            g.setColor(new Color(Palette.MUTED));
            g.drawString(tick, gx - lm.stringWidth(tick) / 2f, bottom + 10 * s + lm.getAscent());
        }
        // The widest rows that fit at a readable height (all of them at full size; fewer on a small picture).
        int n = Math.max(1, Math.min(spec.rows().size(), (int) ((bottom - top) / (lm.getHeight() * 1.15f))));
        float rowHeight = (bottom - top) / (float) n;
        float barHeight = Math.min(rowHeight * 0.62f, 64 * s);
        for (int i = 0; i < Math.min(n, spec.rows().size()); i++) {
            BarChartSpec.Row r = spec.rows().get(i);
            float cy = top + rowHeight * (i + 0.5f);
            double end = left;
            for (BarChartSpec.Segment seg : r.segments()) {
                double from = x.applyAsDouble(Double.isNaN(seg.from()) ? scale.lower() : seg.from());
                double to = x.applyAsDouble(seg.to());
                g.setColor(new Color(seg.rgb()));
                g.fill(new Rectangle2D.Double(Math.min(from, to), cy - barHeight / 2, Math.max(1.5 * s,
                        Math.abs(to - from)), barHeight));
                end = Math.max(end, Math.max(from, to));
            }
            g.setColor(new Color(Palette.TEXT));
            g.drawString(TextLines.ellipsis(lm, r.label(), left - pad - Math.round(20 * s)),
                    left - Math.round(20 * s) - Math.min(lm.stringWidth(r.label()), left - pad - Math.round(20 * s)),
                    cy + (lm.getAscent() - lm.getDescent()) / 2f);
            g.setColor(new Color(Palette.MUTED));
            g.drawString(r.valueText(), (float) end + 12 * s, cy + (lm.getAscent() - lm.getDescent()) / 2f);
        }
        if (spec.reference() != null) {
            float rx = (float) x.applyAsDouble(spec.reference().value());
            g.setColor(new Color(spec.reference().rgb()));
            g.setStroke(new BasicStroke(3f * s));
            g.draw(new Line2D.Float(rx, top - 6 * s, rx, bottom));
            String label = spec.reference().label();
            g.drawString(label, rx - lm.stringWidth(label) / 2f, top - 12 * s);
        }
        String axisTitle = spec.aboveZero() != null && scale.lower() > 0 ? spec.aboveZero() : spec.x().title();
        g.setFont(TextLines.shrunk(g, axisFont, axisTitle, w - 2 * pad));
        FontMetrics tm = g.getFontMetrics();
        g.setColor(new Color(Palette.TEXT));
        String title = TextLines.ellipsis(tm, axisTitle, w - 2 * pad);
        double tx = Math.max(pad, Math.min(w - pad - tm.stringWidth(title), left + (plotWidth - tm.stringWidth(title))
                / 2));
        g.drawString(title, (float) tx, bottom + 10 * s + lm.getHeight() + 10 * s + tm.getAscent());
    }

    /** Round bounds around every segment's ends and the reference line (a total's open start excepted). */
    private static NiceSteps scale(BarChartSpec spec) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (BarChartSpec.Row r : spec.rows()) {
            for (BarChartSpec.Segment seg : r.segments()) {
                for (double v : new double[] {seg.from(), seg.to()}) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (spec.reference() != null) {
            lo = Math.min(lo, spec.reference().value());
            hi = Math.max(hi, spec.reference().value());
        }
        AxisSpec axis = spec.x();
        double margin = (hi - lo) * 0.08;
        return NiceSteps.forAxis(lo - margin, hi + margin, axis.min(), axis.max(), axis.fromZero());
    }

    /** The title broken at a space into at most two lines that fit {@code max} pixels where they can. */
    private static List<String> twoLines(Graphics2D g, String text, Font font, int max) {
        FontMetrics fm = g.getFontMetrics(font);
        if (g.getFontMetrics(TextLines.shrunk(g, font, text, max)).stringWidth(text) <= max) {
            return List.of(text);
        }
        int cut = text.lastIndexOf(' ');
        while (cut > 0 && fm.stringWidth(text.substring(0, cut)) > max) {
            cut = text.lastIndexOf(' ', cut - 1);
        }
        return cut <= 0 ? List.of(text) : List.of(text.substring(0, cut), text.substring(cut + 1));
    }

    private static double clamp(double v, NiceSteps scale) {
        return Math.max(scale.lower(), Math.min(scale.upper(), v));
    }
}
