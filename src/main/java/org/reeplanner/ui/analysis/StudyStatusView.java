package org.reeplanner.ui.analysis;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.WhenFirstShown;

/**
 * A study's progress where the user looks: a short text, and while the study runs a progress bar and a Cancel
 * button, built when a study first runs. Ids: {@code <prefix>-status}, {@code <prefix>-progress},
 * {@code <prefix>-cancel}.
 */
public final class StudyStatusView extends HBox {
    private static final double BAR_WIDTH = 90;

    public StudyStatusView(String prefix, StudyRunner runner, ObservableValue<String> text, Runnable cancel) {
        setId(prefix + "-study");
        getStyleClass().add("study-status");
        setAlignment(Pos.CENTER_LEFT);
        Label label = new Label();
        label.setId(prefix + "-status");
        label.getStyleClass().add("study-status-text");
        label.textProperty().bind(text);
        getChildren().add(label);
        WhenFirstShown.add(this, runner.runningProperty(), () -> whileRunning(runner,
                bar(prefix, runner), stop(prefix, cancel)));
    }

    private static ProgressBar bar(String prefix, StudyRunner runner) {
        ProgressBar bar = new ProgressBar();
        bar.setId(prefix + "-progress");
        bar.setPrefWidth(BAR_WIDTH);
        bar.progressProperty().bind(runner.progressProperty());
        return bar;
    }

    private static Button stop(String prefix, Runnable cancel) {
        Button stop = new Button(Messages.get("study.cancel"), Icon.CANCEL.node());
        stop.setId(prefix + "-cancel");
        stop.getStyleClass().add("small");
        Forms.tooltip(stop, Messages.get("study.cancel.help"));
        stop.setOnAction(e -> cancel.run());
        return stop;
    }

    private static List<Node> whileRunning(StudyRunner runner, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(runner.runningProperty());
            node.managedProperty().bind(node.visibleProperty());
        }
        return List.of(nodes);
    }
}
