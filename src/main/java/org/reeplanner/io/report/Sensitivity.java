package org.reeplanner.io.report;

import java.util.List;
import org.reeplanner.model.SeriesInfo;
import org.reeplanner.model.analysis.TornadoBar;

/** A tornado study of one series in one year, as exported: the series, the year and the bars, widest first. */
public record Sensitivity(SeriesInfo series, int year, List<TornadoBar> bars) {

    public Sensitivity {
        bars = List.copyOf(bars);
    }
}
