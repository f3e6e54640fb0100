package org.reeplanner.ui.compare;

import java.util.function.DoubleFunction;
import org.reeplanner.model.Series;
import org.reeplanner.ui.common.Formats;

/** The key series a comparison can overlay, each with its chart title, axis label and the scale the axis uses. */
public enum CompareMetric {
    CHINA_SEPARATION(Series.SHARE_CHINA_SEPARATION, "China's share of separation", "China share (%)", 100,
            Formats::percent),
    CHINA_MAGNETS(Series.SHARE_CHINA_MAGNETS, "China's share of magnet making", "China share (%)", 100,
            Formats::percent),
    SELF_SUFFICIENCY(Series.SELF_SUFFICIENCY, "Allied self-sufficiency (weakest stage)", "Self-sufficiency (%)", 100,
            Formats::percent),
    PROCESSING_COST(Series.COST_ALLIED, "Allied processing cost", "USD per kg", 1, Formats::usdPerKg),
    CUMULATIVE_SPEND(Series.SPEND_CUMULATIVE, "Cumulative programme spend", "USD bn", 1, Formats::usdBn),
    SUPPLY_RISK(Series.RISK_INDEX, "Supply-risk index", "Index (0–1)", 1, Formats::index);

    private final Series series;
    private final String title;
    private final String axisLabel;
    private final double scale;
    private final DoubleFunction<String> format;

    CompareMetric(Series series, String title, String axisLabel, double scale, DoubleFunction<String> format) {
        this.series = series;
        this.title = title;
        this.axisLabel = axisLabel;
        this.scale = scale;
        this.format = format;
    }

    public Series series() {
        return series;
    }

    public String title() {
        return title;
    }

    public String axisLabel() {
        return axisLabel;
    }

    /** The factor from model units to axis units (fractions are drawn in percent). */
    public double scale() {
        return scale;
    }

    /** A model value formatted for a tooltip, e.g. 0.86 → "86%". */
    public String format(double value) {
        return format.apply(value);
    }

    @Override
    public String toString() {
        return title;
    }
}
