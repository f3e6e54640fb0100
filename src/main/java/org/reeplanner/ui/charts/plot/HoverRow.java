package org.reeplanner.ui.charts.plot;

/** One line of a chart's hover box: a name, the value with its unit, and the colour and dash of its line. */
public record HoverRow(String name, String value, String colourClass, boolean dashed) {
}
