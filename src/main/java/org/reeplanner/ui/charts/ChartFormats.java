package org.reeplanner.ui.charts;

import org.reeplanner.io.report.Formats;
import org.reeplanner.ui.common.Messages;

/** Hover formats shared by several charts. */
final class ChartFormats {
    private ChartFormats() {
    }

    static String tonnesReo(double tonnes) {
        return Formats.tonnesOf(tonnes, Messages.get("unit.reo"));
    }
}
