package org.reeplanner.io.report;

/** One series of a catalogue chart: the key the window knows it by, its label (legend, hover) and its colour. */
public record SeriesDefinition(String key, String label, ColourRole colour) {
}
