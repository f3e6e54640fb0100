package org.reeplanner.ui.analysis;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reeplanner.ui.charts.SeriesPicker;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;

/**
 * The Attribution tab: the series picker, the waterfall from the no-new-investment baseline to the scenario in the
 * window's year, what the colours mean and how the parts are computed; dimmed while a new one is computed.
 */
public final class AttributionView extends VBox {

    public AttributionView(AttributionViewModel vm) {
        setId("attribution-view");
        getStyleClass().addAll("chart-panel", "study-panel");
        Label title = new Label();
        title.getStyleClass().add("panel-title");
        title.textProperty().bind(vm.pictureProperty().map(WaterfallPicture::title)
                .orElse(Messages.get("attribution.title")));
        title.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ComboBox<?> picker = SeriesPicker.of("attribution-series", vm.seriesOptions(), vm.seriesProperty());
        Label caption = new Label(Messages.get("study.series"));
        caption.getStyleClass().add("form-label");
        caption.setLabelFor(picker);
        HBox header = new HBox(title, spacer, caption, picker);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");
        HBox legend = new HBox(key("waterfall-total", AttributionViewModel.legend("value")),
                key("waterfall-better", AttributionViewModel.legend("better")),
                key("waterfall-worse", AttributionViewModel.legend("worse")),
                key("waterfall-neutral", AttributionViewModel.legend("neutral")));
        legend.getStyleClass().add("chart-legend-row");
        WaterfallChart chart = new WaterfallChart();
        vm.pictureProperty().subscribe(chart::show);
        chart.opacityProperty().bind(vm.staleProperty().map(stale -> stale ? 0.5 : 1.0));
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label note = new Label(Messages.get("attribution.method"));
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(header, legend, Forms.errorLabel("attribution-error", vm.errorProperty()), chart, note);
    }

    private static Label key(String styleClass, String text) {
        Region box = new Region();
        box.getStyleClass().addAll("legend-swatch", styleClass);
        Label label = new Label(text, box);
        label.getStyleClass().add("legend-entry");
        return label;
    }
}
