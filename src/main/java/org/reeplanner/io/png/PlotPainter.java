package org.reeplanner.io.png;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.reeplanner.io.report.ChartSeries;
import org.reeplanner.io.report.ChartSpec;
import org.reeplanner.io.report.NiceSteps;
import org.reeplanner.io.report.Palette;
import org.reeplanner.io.report.ReferenceLine;

/** Draws the data of a chart into its plot rectangle: bands, stacked areas, stacked bars, reference lines, lines. */
final class PlotPainter {
    private final ChartSpec spec;
    private final Rectangle plot;
    private final NiceSteps y;
    private final NiceSteps y2;
    private final float scale;
    private final boolean categories;

    PlotPainter(ChartSpec spec, Rectangle plot, NiceSteps y, NiceSteps y2, float scale) {
        this.spec = spec;
        this.plot = plot;
        this.y = y;
        this.y2 = y2;
        this.scale = scale;
        this.categories = spec.series().stream().anyMatch(s -> s.kind() == ChartSeries.Kind.STACKED_BAR);
    }

    /** Whether points sit in the middle of year slots (needed when bars are drawn) rather than on the edges. */
    static boolean usesCategories(ChartSpec spec) {
        return spec.series().stream().anyMatch(s -> s.kind() == ChartSeries.Kind.STACKED_BAR);
    }

    double x(int i) {
        int n = spec.years().length;
        if (categories || n == 1) {
            return plot.x + (i + 0.5) * plot.width / n;
        }
        return plot.x + (double) i * plot.width / (n - 1);
    }

    private double py(ChartSeries s, double v) {
        NiceSteps scaleFor = s.secondaryAxis() ? y2 : y;
        return py(scaleFor, v);
    }

    private double py(NiceSteps scaleFor, double v) {
        double f = Math.max(-0.02, Math.min(1.02, scaleFor.position(v)));
        return plot.y + plot.height - f * plot.height;
    }

    void paint(Graphics2D g) {
        Rectangle clip = new Rectangle(plot.x - 2, plot.y - 4, plot.width + 4, plot.height + 6);
        g.setClip(clip);
        for (ChartSeries s : spec.series()) {
            if (s.kind() == ChartSeries.Kind.BAND) {
                paintBand(g, s);
            }
        }
        paintStack(g, ChartSeries.Kind.STACKED_AREA);
        paintStack(g, ChartSeries.Kind.STACKED_BAR);
        for (ReferenceLine r : spec.references()) {
            paintReference(g, r);
        }
        for (ChartSeries.Dash dash : ChartSeries.Dash.values()) {
            for (ChartSeries s : spec.series()) {
                if (s.isLine() && s.dash() == dash) {
                    paintLine(g, s);
                }
            }
        }
        g.setClip(null);
    }

    private void paintBand(Graphics2D g, ChartSeries s) {
        Path2D.Double path = new Path2D.Double();
        int n = s.values().length;
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                path.moveTo(x(i), py(s, s.values()[i]));
            } else {
                path.lineTo(x(i), py(s, s.values()[i]));
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            path.lineTo(x(i), py(s, s.lower()[i]));
        }
        path.closePath();
        Composite old = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f));
        g.setColor(new Color(s.rgb()));
        g.fill(path);
        g.setComposite(old);
    }

    private void paintStack(Graphics2D g, ChartSeries.Kind kind) {
        List<ChartSeries> stack = spec.series().stream().filter(s -> s.kind() == kind).toList();
        if (stack.isEmpty()) {
            return;
        }
        int n = spec.years().length;
        double[] base = new double[n];
        for (ChartSeries s : stack) {
            double[] top = new double[n];
            for (int i = 0; i < n; i++) {
                top[i] = base[i] + Math.max(0, s.values()[i]);
            }
            g.setColor(new Color(s.rgb()));
            if (kind == ChartSeries.Kind.STACKED_AREA) {
                fillArea(g, s, base, top);
            } else {
                fillBars(g, s, base, top);
            }
            base = top;
        }
    }

    private void fillArea(Graphics2D g, ChartSeries s, double[] base, double[] top) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < top.length; i++) {
            if (i == 0) {
                path.moveTo(x(i), py(s, top[i]));
            } else {
                path.lineTo(x(i), py(s, top[i]));
            }
        }
        for (int i = top.length - 1; i >= 0; i--) {
            path.lineTo(x(i), py(s, base[i]));
        }
        path.closePath();
        g.fill(path);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1.5f * scale));
        Path2D.Double edge = new Path2D.Double();
        for (int i = 0; i < top.length; i++) {
            if (i == 0) {
                edge.moveTo(x(i), py(s, top[i]));
            } else {
                edge.lineTo(x(i), py(s, top[i]));
            }
        }
        g.draw(edge);
    }

    private void fillBars(Graphics2D g, ChartSeries s, double[] base, double[] top) {
        double slot = (double) plot.width / top.length;
        double width = slot * 0.62;
        for (int i = 0; i < top.length; i++) {
            double y0 = py(s, base[i]);
            double y1 = py(s, top[i]);
            if (y0 - y1 > 0.3) {
                g.fill(new Rectangle2D.Double(x(i) - width / 2, y1, width, y0 - y1));
            }
        }
    }

    private void paintReference(Graphics2D g, ReferenceLine r) {
        double yy = py(y, r.value());
        g.setColor(new Color(r.rgb()));
        g.setStroke(new BasicStroke(3f * scale, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6 * scale, 6 * scale}, 0));
        g.draw(new Line2D.Double(plot.x, yy, plot.x + plot.width, yy));
        g.setFont(g.getFont().deriveFont(24f * scale));
        int w = g.getFontMetrics().stringWidth(r.label());
        g.drawString(r.label(), (float) (plot.x + plot.width - w - 8 * scale), (float) (yy - 8 * scale));
    }

    private void paintLine(Graphics2D g, ChartSeries s) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < s.values().length; i++) {
            if (i == 0) {
                path.moveTo(x(i), py(s, s.values()[i]));
            } else {
                path.lineTo(x(i), py(s, s.values()[i]));
            }
        }
        g.setColor(new Color(s.rgb()));
        g.setStroke(stroke(s, scale));
        g.draw(path);
    }

    /** The stroke of a line series, shared with the legend swatches. */
    static BasicStroke stroke(ChartSeries s, float scale) {
        if (s.dash() == ChartSeries.Dash.DASHED) {
            return new BasicStroke(3.5f * scale, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                    new float[] {14 * scale, 9 * scale}, 0);
        }
        return new BasicStroke(5f * scale, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Horizontal grid lines at the primary axis' ticks, and the zero/base line. */
    void paintGrid(Graphics2D g) {
        g.setStroke(new BasicStroke(1.5f * scale));
        for (int i = 0; i < y.count(); i++) {
            double yy = py(y, y.tick(i));
            g.setColor(new Color(i == 0 ? Palette.AXIS : Palette.GRID));
            g.draw(new Line2D.Double(plot.x, yy, plot.x + plot.width, yy));
        }
    }
}
