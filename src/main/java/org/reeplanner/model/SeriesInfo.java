package org.reeplanner.model;

/** Describes one output series: its stable ID, a label for people and its unit. */
public record SeriesInfo(String id, String label, Unit unit) {
}
