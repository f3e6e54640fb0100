package org.reeplanner.ui.charts;

import org.reeplanner.model.DisruptionEvent;
import org.reeplanner.model.Scenario;
import org.reeplanner.ui.charts.plot.ChartMarker;
import org.reeplanner.ui.common.Messages;

/** Places a chart's shaded band over the months of the scenario's export restriction, or hides it. */
final class DisruptionBand {
    private static final double MONTHS_PER_YEAR = 12;

    private DisruptionBand() {
    }

    static void show(ChartMarker band, Scenario scenario) {
        DisruptionEvent e = scenario.disruption();
        boolean on = e != null && e.enabled();
        band.visibleProperty().set(on);
        if (on) {
            band.fromProperty().set(e.startYear());
            band.toProperty().set(e.startYear() + e.months() / MONTHS_PER_YEAR);
            band.labelProperty().set(Messages.format("chart.disruption.label", e.months(),
                    Math.round(e.severity() * 100)));
        }
    }
}
