package org.reeplanner.ui.charts.plot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.reeplanner.model.analysis.Bands;
import org.reeplanner.ui.common.Messages;

/**
 * A chart's uncertainty bands together: the latest study they show, whether it is stale, and the line under the
 * chart that says what the shading is ("Shaded: the range 80% of 10,000 Monte Carlo runs fall in").
 */
final class UncertaintyOverlay {
    private final List<UncertaintyBand> bands = new ArrayList<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private Bands study;
    private boolean stale;

    void add(UncertaintyBand band) {
        bands.add(band);
    }

    List<UncertaintyBand> bands() {
        return Collections.unmodifiableList(bands);
    }

    ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    void set(Bands bandsOfStudy, boolean outdated) {
        study = bandsOfStudy;
        stale = outdated;
    }

    /** Updates every band from the study; returns the largest value drawn, in axis units. */
    double refresh() {
        double max = 0;
        boolean any = false;
        for (UncertaintyBand b : bands) {
            b.show(study, stale);
            max = Math.max(max, b.maxShown());
            any |= b.isShown();
        }
        if (!any) {
            note.set("");
            return max;
        }
        String runs = String.format(Locale.ROOT, "%,d", study.runs());
        note.set(stale ? Messages.format("chart.band.noteStale", runs, study.seed())
                : Messages.format("chart.band.note", runs, study.seed()));
        return max;
    }
}
