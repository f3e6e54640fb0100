package org.reeplanner.ui.analysis;

import java.util.List;

/** An attribution waterfall ready to draw: title, value-axis label and the columns from baseline to scenario. */
public record WaterfallPicture(String title, String axisLabel, List<WaterfallStep> steps) {

    public WaterfallPicture {
        steps = List.copyOf(steps);
    }

    /** The lowest total or running total (totals are drawn from the axis, which is not counted). */
    public double min() {
        return steps.stream().mapToDouble(s -> s.kind() == WaterfallStep.Kind.TOTAL ? s.to()
                : Math.min(s.from(), s.to())).min().orElse(0);
    }

    /** The highest total or running total. */
    public double max() {
        return steps.stream().mapToDouble(s -> s.kind() == WaterfallStep.Kind.TOTAL ? s.to()
                : Math.max(s.from(), s.to())).max().orElse(1);
    }
}
