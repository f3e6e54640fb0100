package org.reeplanner.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import org.reeplanner.io.report.Formats;
import org.reeplanner.io.report.NiceSteps;

/**
 * The value axis of a study chart (tornado, waterfall): round ticks that just cover the picture's values
 * ({@link NiceSteps#covering}), each with a grid line and a label ({@link Formats#tick}); the chart places them.
 */
final class StudyAxis {
    private final NiceSteps ticks;
    private final List<Line> lines = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();

    StudyAxis(double min, double max, String lineClass, String labelClass) {
        ticks = NiceSteps.covering(min, max);
        for (int i = 0; i < ticks.count(); i++) {
            lines.add(unmanaged(new Line(), lineClass));
            labels.add(unmanaged(new Label(Formats.tick(ticks.tick(i), ticks.step())), labelClass));
        }
    }

    /** The grid lines, then the labels, in the order a chart adds them. */
    List<Node> nodes() {
        List<Node> nodes = new ArrayList<>(lines);
        nodes.addAll(labels);
        return nodes;
    }

    double lower() {
        return ticks.lower();
    }

    double upper() {
        return ticks.upper();
    }

    int count() {
        return ticks.count();
    }

    double tick(int i) {
        return ticks.tick(i);
    }

    Line line(int i) {
        return lines.get(i);
    }

    Label label(int i) {
        return labels.get(i);
    }

    /** The middle of the pixel at {@code v}, for crisp one-pixel lines. */
    static double snap(double v) {
        return Math.round(v) + 0.5;
    }

    /** {@code node} in {@code styleClass}, placed by its chart rather than by layout. */
    static <T extends Node> T unmanaged(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        node.setManaged(false);
        return node;
    }
}
