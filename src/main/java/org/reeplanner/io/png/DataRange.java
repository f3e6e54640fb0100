package org.reeplanner.io.png;

import org.reeplanner.io.report.ChartSeries;
import org.reeplanner.io.report.ChartSpec;
import org.reeplanner.io.report.ReferenceLine;

/** The smallest and largest value one axis of a chart must show, stacks summed and reference lines included. */
final class DataRange {
    private DataRange() {
    }

    static double[] of(ChartSpec spec, boolean secondary, boolean fromZero) {
        int n = spec.years().length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[] areas = new double[n];
        double[] bars = new double[n];
        for (ChartSeries s : spec.series()) {
            if (s.secondaryAxis() != secondary) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                double v = s.values()[i];
                switch (s.kind()) {
                    case STACKED_AREA -> areas[i] += Math.max(0, v);
                    case STACKED_BAR -> bars[i] += Math.max(0, v);
                    case BAND -> {
                        lo = Math.min(lo, s.lower()[i]);
                        hi = Math.max(hi, v);
                    }
                    case LINE -> {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (areas[i] > 0 || bars[i] > 0) {
                hi = Math.max(hi, Math.max(areas[i], bars[i]));
                lo = Math.min(lo, 0);
            }
        }
        if (!secondary) {
            for (ReferenceLine r : spec.references()) {
                lo = Math.min(lo, r.value());
                hi = Math.max(hi, r.value());
            }
        }
        if (lo == Double.POSITIVE_INFINITY) {
            lo = 0;
        }
        if (hi == Double.NEGATIVE_INFINITY) {
            hi = 1;
        }
        return new double[] {fromZero ? Math.min(0, lo) : lo, hi};
    }
}
