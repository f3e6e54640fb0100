package org.reeplanner.io.report;

/** A horizontal line across the plot at a fixed value, such as a policy target, with its label. */
public record ReferenceLine(double value, String label, int rgb) {
}
