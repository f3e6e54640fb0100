package org.reeplanner.ui.compare;

import java.util.function.DoubleFunction;
import org.reeplanner.model.Series;
import org.reeplanner.io.report.Formats;
import org.reeplanner.ui.common.Messages;

/** The key series a comparison can overlay, each with its chart title, axis label and the scale the axis uses. */
public enum CompareMetric {
    CHINA_SEPARATION(Series.SHARE_CHINA_SEPARATION, Messages.key("compare.metric.chinaSeparation"),
            Messages.key("compare.axis.chinaShare"), 100,
            Formats::percent),
    CHINA_MAGNETS(Series.SHARE_CHINA_MAGNETS, Messages.key("compare.metric.chinaMagnets"),
            Messages.key("compare.axis.chinaShare"), 100,
            Formats::percent),
    SELF_SUFFICIENCY(Series.SELF_SUFFICIENCY, Messages.key("compare.metric.selfSufficiency"),
            Messages.key("compare.axis.selfSufficiency"), 100,
            Formats::percent),
    PROCESSING_COST(Series.COST_ALLIED, Messages.key("compare.metric.processingCost"),
            Messages.key("compare.axis.usdPerKg"), 1, Formats::usdPerKg),
    CUMULATIVE_SPEND(Series.SPEND_CUMULATIVE, Messages.key("compare.metric.spend"),
            Messages.key("compare.axis.usdBn"), 1, Formats::usdBn),
    SUPPLY_RISK(Series.RISK_INDEX, Messages.key("compare.metric.risk"),
            Messages.key("compare.axis.index"), 1, Formats::index);

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
        return Messages.get(title);
    }

    public String axisLabel() {
        return Messages.get(axisLabel);
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
        return Messages.get(title);
    }
}
