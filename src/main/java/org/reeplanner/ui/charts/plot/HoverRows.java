package org.reeplanner.ui.charts.plot;

import java.util.ArrayList;
import java.util.List;
import org.reeplanner.ui.common.Messages;

/** The rows of a chart's hover box: shown lines, then their ghosts and outlines, then shown uncertainty bands. */
final class HoverRows {
    private HoverRows() {
    }

    /** {@code ghostSuffix} ties a ghost to its line: the ghost's key is the line's key plus the suffix. */
    static List<HoverRow> of(List<ChartLine> lines, List<UncertaintyBand> bands, int index, int year,
                             String ghostSuffix) {
        List<HoverRow> rows = new ArrayList<>();
        List<ChartLine> ghosts = new ArrayList<>();
        for (ChartLine l : lines) {
            if (!l.isGhost() && l.isVisible()) {
                rows.add(new HoverRow(l.name(), l.describe(index), l.colourClass(), false));
                lines.stream().filter(g -> g.isGhost() && g.isVisible() && g.key().equals(l.key() + ghostSuffix))
                        .forEach(ghosts::add);
            }
        }
        // Outlines (ghosts without a line of their own) after the ghosts of lines.
        lines.stream().filter(g -> g.isGhost() && g.isVisible() && !ghosts.contains(g)).forEach(ghosts::add);
        for (ChartLine g : ghosts) {
            rows.add(new HoverRow(g.name(), g.describe(index), g.colourClass(), true));
        }
        for (UncertaintyBand b : bands) {
            if (b.isShown()) {
                rows.add(new HoverRow(Messages.format("chart.band.hover", b.name()), b.describe(year), b.colourClass(),
                        false));
            }
        }
        return rows;
    }
}
