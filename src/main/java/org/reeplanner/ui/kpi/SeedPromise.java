package org.reeplanner.ui.kpi;

import java.util.function.DoubleFunction;
import org.reeplanner.model.Projection;
import org.reeplanner.model.Series;
import org.reeplanner.io.report.Formats;
import org.reeplanner.ui.common.Messages;

/**
 * The seed's three promises for its named programmes, as the seed's tables state them for 2035 (docs/model.md,
 * calibration): Mining Expansion +40 % allied mine output and Technology R&D −25 % allied processing cost against no
 * new investment, Recycling a 15 % end-of-life recovery rate. {@code tolerance} is the calibration's.
 */
public enum SeedPromise {
    MINING("mining", Messages.key("promise.mining"), Messages.key("promise.mining.help"), 0.40, 0.02,
            Formats::percentChange),
    PROCESSING_COST("cost", Messages.key("promise.cost"), Messages.key("promise.cost.help"), -0.25, 0.02,
            Formats::percentChange),
    RECOVERY("recovery", Messages.key("promise.recovery"), Messages.key("promise.recovery.help"), 0.15, 0.01,
            Formats::percent);

    /** The year the seed's promises are stated for. */
    public static final int YEAR = 2035;

    private final String key;
    private final String title;
    private final String help;
    private final double promised;
    private final double tolerance;
    private final DoubleFunction<String> format;

    SeedPromise(String key, String title, String help, double promised, double tolerance,
                DoubleFunction<String> format) {
        this.key = key;
        this.title = title;
        this.help = help;
        this.promised = promised;
        this.tolerance = tolerance;
        this.format = format;
    }

    /** The id of the promise's text in the strip, e.g. {@code seed-promise-mining}. */
    public String id() {
        return "seed-promise-" + key;
    }

    /** "Mine output". */
    public String title() {
        return Messages.get(title);
    }

    /** What the seed promises and what the strip shows against it, for the tooltip. */
    public String help() {
        return Messages.format(help, Formats.percent(Math.abs(promised)), YEAR);
    }

    /** The promised figure: a change against no new investment, or (recovery) a rate; a fraction. */
    public double promised() {
        return promised;
    }

    /** How close a result must come to count as kept: the seed calibration's tolerance. */
    public double tolerance() {
        return tolerance;
    }

    /** The figure in {@code year}: the change against the no-new-investment run, or the recovery rate itself. */
    public double actual(Projection run, Projection baseline, int year) {
        return switch (this) {
            case MINING -> change(run, baseline, Series.MINING_ALLIED, year);
            case PROCESSING_COST -> change(run, baseline, Series.COST_ALLIED, year);
            case RECOVERY -> run.value(Series.RECOVERY_RATE, year);
        };
    }

    /** Whether {@code actual} reaches the promise (in its direction) or comes within the tolerance of it. */
    public boolean kept(double actual) {
        return promised < 0 ? actual <= promised + tolerance : actual >= promised - tolerance;
    }

    /** A figure as the strip writes it: "+33%" for changes, "12%" for the rate. */
    public String format(double fraction) {
        return format.apply(fraction);
    }

    private static double change(Projection run, Projection baseline, Series s, int year) {
        double base = baseline.value(s, year);
        return base == 0 ? 0 : run.value(s, year) / base - 1;
    }
}
