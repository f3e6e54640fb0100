package org.reeplanner.ui.results;

import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import org.reeplanner.ui.analysis.FanChart;
import org.reeplanner.ui.analysis.StudyStatusView;
import org.reeplanner.ui.analysis.UncertaintySettingsDialog;
import org.reeplanner.ui.analysis.UncertaintyViewModel;
import org.reeplanner.ui.charts.plot.PlotImages;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;

/** The Uncertainty tab: the fan of a chosen series, with the study's progress, Cancel and settings in its header. */
public final class UncertaintyTab extends BorderPane {

    public UncertaintyTab(AnalysisViewModel vm, ChartsViewModel charts, PlotImages images) {
        setId("uncertainty-tab");
        UncertaintyViewModel study = vm.uncertainty();
        StudyStatusView status = new StudyStatusView("fan", study.runner(), study.statusProperty(), study::cancel);
        Button settings = new Button(null, Icon.SETTINGS.node());
        settings.setId("fan-settings");
        settings.getStyleClass().add("small");
        Forms.tooltip(settings, Messages.get("uncertainty.settings.help"));
        settings.setOnAction(e -> UncertaintySettingsDialog.show(getScene().getWindow(), vm.uncertaintySettings()));
        setCenter(new FanChart(charts.fan(), images, settings, status));
    }
}
