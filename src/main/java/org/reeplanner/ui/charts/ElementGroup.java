package org.reeplanner.ui.charts;

import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import org.reeplanner.ui.common.ChoiceOption;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.Segmented;

/**
 * Which rare earths a chart shows: all of them as oxide (REO), or the heavy ones, dysprosium and terbium, that
 * magnets need for heat resistance and China separates almost alone.
 */
public enum ElementGroup {
    ALL("all", Messages.key("chart.group.all")),
    HEAVY("heavy", Messages.key("chart.group.heavy"));

    private final String id;
    private final String labelKey;

    ElementGroup(String id, String labelKey) {
        this.id = id;
        this.labelKey = labelKey;
    }

    public String id() {
        return id;
    }

    /** The choices for a chart's segmented switch ({@code <chart>-group-all}, {@code <chart>-group-heavy}). */
    public static List<ChoiceOption> options() {
        return Arrays.stream(values()).map(g -> new ChoiceOption(g.id, Messages.get(g.labelKey))).toList();
    }

    /** The switch in a chart's header, ids {@code <chartKey>-group-all} and {@code <chartKey>-group-heavy}. */
    static Segmented choice(String chartKey, StringProperty group) {
        Segmented choice = new Segmented(chartKey + "-group", options(), group, true);
        choice.getChildren().forEach(b -> Forms.tooltip(b, Messages.get("chart.group.help")));
        return choice;
    }

    /** Whether {@code group} (an id) is the heavy view. */
    static BooleanBinding isHeavy(StringProperty group) {
        return group.isEqualTo(HEAVY.id);
    }
}
