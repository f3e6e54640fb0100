package org.reeplanner.ui.analysis;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;

/**
 * The Attribution tab: the series picker, the waterfall from the no-new-investment baseline to the scenario in the
 * window's year, what the colours mean and how the parts are computed; dimmed while a new one is computed.
 */
public final class AttributionView extends StudyTabView {

    public AttributionView(AttributionViewModel vm) {
        super("attribution-view");
        Label title = title(vm.pictureProperty().map(WaterfallPicture::title)
                .orElse(Messages.get("attribution.title")));
        title.setWrapText(true);
        WaterfallChart chart = new WaterfallChart();
        vm.pictureProperty().subscribe(chart::show);
        dimWhileStale(chart, vm);
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label note = note(Messages.get("attribution.method"));
        note.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(header(title, "attribution-series", vm),
                legend(key("waterfall-total", AttributionViewModel.legend("value")),
                        key("waterfall-better", AttributionViewModel.legend("better")),
                        key("waterfall-worse", AttributionViewModel.legend("worse")),
                        key("waterfall-neutral", AttributionViewModel.legend("neutral"))),
                Forms.errorLabel("attribution-error", vm.errorProperty()), chart, note);
    }
}
