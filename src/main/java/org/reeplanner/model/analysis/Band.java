package org.reeplanner.model.analysis;

/** The 10th, 50th and 90th percentiles of one series, year by year. */
public record Band(double[] p10, double[] p50, double[] p90) {
}
