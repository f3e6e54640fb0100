package org.reeplanner.io.png;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.reeplanner.io.report.ChartSeries;
import org.reeplanner.io.report.Palette;

/** The legend under a chart: one swatch and name per series, flowing left to right over as many rows as needed. */
final class Legend {
    private final List<ChartSeries> series;
    private final List<int[]> positions;
    private final Font font;
    private final float scale;
    private final int rowHeight;
    private final int rows;

    private Legend(List<ChartSeries> series, List<int[]> positions, Font font, float scale, int rowHeight, int rows) {
        this.series = series;
        this.positions = positions;
        this.font = font;
        this.scale = scale;
        this.rowHeight = rowHeight;
        this.rows = rows;
    }

    static Legend layout(Graphics2D g, List<ChartSeries> series, Font font, int left, int width, float s) {
        FontMetrics fm = g.getFontMetrics(font);
        int swatch = Math.round(52 * s);
        int gap = Math.round(12 * s);
        int spacing = Math.round(44 * s);
        int rowHeight = Math.round(fm.getHeight() * 1.35f);
        List<int[]> positions = new ArrayList<>();
        int x = left;
        int row = 0;
        for (ChartSeries c : series) {
            int itemWidth = swatch + gap + Math.min(fm.stringWidth(c.name()), width - swatch - gap);
            if (x > left && x + itemWidth > left + width) {
                row++;
                x = left;
            }
            positions.add(new int[] {x, row, itemWidth - swatch - gap});
            x += itemWidth + spacing;
        }
        return new Legend(series, positions, font, s, rowHeight, series.isEmpty() ? 0 : row + 1);
    }

    int height() {
        return rows * rowHeight;
    }

    void paint(Graphics2D g, int top) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int swatch = Math.round(52 * scale);
        int gap = Math.round(12 * scale);
        for (int i = 0; i < series.size(); i++) {
            ChartSeries c = series.get(i);
            int[] p = positions.get(i);
            float cy = top + p[1] * rowHeight + rowHeight / 2f;
            paintSwatch(g, c, p[0], cy, swatch);
            g.setColor(new Color(Palette.TEXT));
            g.drawString(TextLines.ellipsis(fm, c.name(), p[2]), p[0] + swatch + gap,
                    cy + (fm.getAscent() - fm.getDescent()) / 2f);
        }
    }

    private void paintSwatch(Graphics2D g, ChartSeries c, float x, float cy, int width) {
        g.setColor(new Color(c.rgb()));
        if (c.isLine()) {
            g.setStroke(PlotPainter.stroke(c, scale));
            g.draw(new Line2D.Float(x + 3 * scale, cy, x + width - 3 * scale, cy));
            return;
        }
        float h = 26 * scale;
        Composite old = g.getComposite();
        if (c.kind() == ChartSeries.Kind.BAND) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f));
        }
        g.fill(new Rectangle2D.Float(x + 6 * scale, cy - h / 2, width - 12 * scale, h));
        g.setComposite(old);
    }
}
