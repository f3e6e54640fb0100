package org.reeplanner.ui.analysis;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reeplanner.ui.common.Messages;

/**
 * What the study tabs' views (Tornado, Attribution) share: the panel's look, a header with the title and the series
 * picker, legend keys, a chart that follows the newest picture and is dimmed while a new one is computed, and notes.
 */
public abstract class StudyTabView extends VBox {

    protected StudyTabView(String id) {
        setId(id);
        getStyleClass().addAll("chart-panel", "study-panel");
    }

    /** The panel's title over the series picker with id {@code pickerId}. */
    protected static HBox header(Label title, String pickerId, StudyTabViewModel<?> vm) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ComboBox<?> picker = SeriesPicker.of(pickerId, vm.seriesOptions(), vm.seriesProperty());
        Label caption = new Label(Messages.get("study.series"));
        caption.getStyleClass().add("form-label");
        caption.setLabelFor(picker);
        HBox header = new HBox(title, spacer, caption, picker);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");
        return header;
    }

    /** The title of the picture shown. */
    protected static Label title(ObservableValue<String> text) {
        Label title = new Label();
        title.getStyleClass().add("panel-title");
        title.textProperty().bind(text);
        return title;
    }

    /** A row of legend entries. */
    protected static HBox legend(Node... keys) {
        HBox legend = new HBox(keys);
        legend.getStyleClass().add("chart-legend-row");
        return legend;
    }

    /** A legend entry: a swatch in {@code styleClass} and what it means. */
    protected static Label key(String styleClass, String text) {
        Region box = new Region();
        box.getStyleClass().addAll("legend-swatch", styleClass);
        Label label = new Label(text, box);
        label.getStyleClass().add("legend-entry");
        return label;
    }

    /** A note under the chart, wrapped. */
    protected static Label note(String text) {
        Label note = new Label(text);
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        return note;
    }

    /** Dims {@code chart} while the picture is out of date. */
    protected static void dimWhileStale(Node chart, StudyTabViewModel<?> vm) {
        chart.opacityProperty().bind(vm.staleProperty().map(stale -> stale ? 0.5 : 1.0));
    }
}
