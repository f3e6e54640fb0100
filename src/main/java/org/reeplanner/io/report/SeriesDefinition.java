package org.reeplanner.io.report;

import java.util.List;

/** One series of a catalogue chart: the key the window knows it by, its label (legend, hover) and its colour. */
public record SeriesDefinition(String key, String label, ColourRole colour) {

    /** The series named {@code key} in {@code series}. */
    public static SeriesDefinition in(List<SeriesDefinition> series, String key) {
        return series.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no series '" + key + "'"));
    }
}
