package org.reeplanner.ui.charts;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A route's label: the name in bold, then the figure and the no-new-investment figure (muted) on two lines, both
 * on one line, or (where even that does not fit) only the name with the share.
 */
final class OreFlowLabel extends VBox {

    /** How much a label says: three lines, two (figure and comparison on one), or one (name and share). */
    enum Detail { FULL, COMPACT, TIGHT }

    private final Label name;
    private final Label value;
    private final Label baseline;
    private final Label compact;
    private final Label tight;

    OreFlowLabel(String id, Label name, Label value, Label baseline, Label compact, Label tight) {
        super(name, value, baseline, compact, tight);
        this.name = name;
        this.value = value;
        this.baseline = baseline;
        this.compact = compact;
        this.tight = tight;
        name.getStyleClass().add("ore-flow-name");
        value.getStyleClass().add("ore-flow-value");
        baseline.getStyleClass().add("ore-flow-baseline");
        compact.getStyleClass().add("ore-flow-value");
        tight.getStyleClass().add("ore-flow-name");
        setId(id);
        getStyleClass().add("ore-flow-label");
        setManaged(false);
        show(Detail.FULL);
    }

    void show(Detail detail) {
        showing(name, detail != Detail.TIGHT);
        showing(value, detail == Detail.FULL);
        showing(baseline, detail == Detail.FULL);
        showing(compact, detail == Detail.COMPACT);
        showing(tight, detail == Detail.TIGHT);
    }

    /** The label's height when it shows {@code detail}. */
    double height(Detail detail) {
        return switch (detail) {
            case FULL -> name.prefHeight(-1) + value.prefHeight(-1) + baseline.prefHeight(-1);
            case COMPACT -> name.prefHeight(-1) + compact.prefHeight(-1);
            case TIGHT -> tight.prefHeight(-1);
        };
    }

    private static void showing(Label line, boolean on) {
        if (line.isManaged() != on) {
            line.setManaged(on);
            line.setVisible(on);
        }
    }
}
