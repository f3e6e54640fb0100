package org.reeplanner.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reeplanner.ui.analysis.AttributionView;
import org.reeplanner.ui.analysis.StudyStatusView;
import org.reeplanner.ui.analysis.TornadoView;
import org.reeplanner.ui.assumptions.AssumptionsView;
import org.reeplanner.ui.charts.plot.PlotImages;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.common.YearSelector;
import org.reeplanner.ui.export.ExportNoticeView;
import org.reeplanner.ui.export.ExportStatusView;
import org.reeplanner.ui.kpi.KpiCardsView;
import org.reeplanner.ui.kpi.NarrativeView;
import org.reeplanner.ui.kpi.SeedPromisesView;
import org.reeplanner.ui.levers.LeverPanel;
import org.reeplanner.ui.menu.AppAction;
import org.reeplanner.ui.menu.AppMenuBar;
import org.reeplanner.ui.results.ChartTab;
import org.reeplanner.ui.results.ResultTabs;
import org.reeplanner.ui.results.UncertaintyTab;

/**
 * The main window's content: menu bar, a title bar with the scenario name, the target-year selector and the
 * presentation button, the lever panel on the left, KPI cards and the results summary above the result tabs, and a
 * status bar. In presentation mode (style class {@code presentation}: large type) the menu bar, status bar, notes
 * and every lever that is not pinned are hidden. It only lays out and binds.
 */
public final class MainView extends BorderPane {
    static final String PRESENTATION = "presentation";
    private static final double STATUS_GAP = 12;

    /** @param compare makes the Compare tab's content, when the tab is first shown */
    public MainView(MainViewModel vm, List<AppAction> actions, Supplier<Node> compare) {
        setId("main-view");
        getStyleClass().add("main-view");
        BooleanExpression editing = vm.presentingProperty().not();
        AppMenuBar menu = new AppMenuBar(actions);
        showWhile(menu, editing);
        setTop(new VBox(menu, header(vm, editing)));
        setLeft(new LeverPanel(vm.levers()));
        PlotImages images = new PlotImages(vm.pngExport());
        Map<ChartTab, Supplier<Node>> provided = Map.of(ChartTab.COMPARE, compare,
                ChartTab.UNCERTAINTY, () -> new UncertaintyTab(vm.analysis(), vm.charts(), images),
                ChartTab.TORNADO, () -> new TornadoView(vm.analysis().tornado()),
                ChartTab.ATTRIBUTION, () -> new AttributionView(vm.analysis().attribution()),
                ChartTab.ASSUMPTIONS, () -> new AssumptionsView(vm.assumptions()));
        ResultTabs tabs = new ResultTabs(vm.charts(), images, vm::showNotice, provided);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        NarrativeView narrative = new NarrativeView(vm.narrative(), vm.assumptions().changedCountProperty(),
                () -> vm.charts().selectedProperty().set(ChartTab.ASSUMPTIONS), vm.presentingProperty());
        VBox results = new VBox(new KpiCardsView(vm.kpis(), vm.presentingProperty()),
                new SeedPromisesView(vm.promises()), narrative, tabs);
        results.getStyleClass().add("results-area");
        setCenter(results);
        VBox bottom = new VBox(new ExportNoticeView(vm.exports()), statusBar(vm));
        showWhile(bottom, editing);
        setBottom(bottom);
        vm.presentingProperty().subscribe(on -> {
            getStyleClass().remove(PRESENTATION);
            if (on) {
                getStyleClass().add(PRESENTATION);
            }
        });
    }

    private static void showWhile(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static Region header(MainViewModel vm, BooleanExpression editing) {
        Label name = label("scenario-title", "scenario-title", vm.scenarioName());
        Forms.tooltip(name, vm.scenarioDescription());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label headline = new Label(Messages.get("main.headline"));
        headline.setId("results-headline");
        headline.getStyleClass().add("results-headline");
        // The target year: the same cursor the charts draw.
        YearSelector year = new YearSelector("target-year", vm.cursor(), Messages.get("main.year.help"));
        headline.setLabelFor(year);
        Label note = new Label(MainViewModel.COMPARISON_NOTE);
        note.setId("results-note");
        note.getStyleClass().add("results-note");
        // One row with the name, so the charts keep the height; cut with an ellipsis when narrow, whole in the tooltip.
        note.setMinWidth(0);
        Forms.tooltip(note, MainViewModel.COMPARISON_NOTE);
        name.setMinWidth(Region.USE_PREF_SIZE);
        headline.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(name, note, spacer, headline, year, presentButton(vm));
        header.setId("title-bar");
        header.getStyleClass().addAll("title-bar", "title-area");
        header.setAlignment(Pos.CENTER_LEFT);
        showWhile(note, editing);
        return header;
    }

    /** Enters presentation mode, or leaves it (the same as F11; Escape also leaves). */
    private static ToggleButton presentButton(MainViewModel vm) {
        ToggleButton present = new ToggleButton(null, Icon.PRESENT.node());
        present.setId("present-button");
        present.getStyleClass().add("present-button");
        present.selectedProperty().bindBidirectional(vm.presentingProperty());
        present.textProperty().bind(vm.presentingProperty().map(on -> on ? Messages.get("present.leave")
                : Messages.get("present.enter")));
        Forms.tooltip(present, Messages.get("present.help"));
        return present;
    }

    private static Region statusBar(MainViewModel vm) {
        Label status = label("status-text", "status-text", vm.status());
        Label notice = label("status-notice", "status-text", vm.noticeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var study = vm.analysis().uncertainty();
        StudyStatusView band = new StudyStatusView("uncertainty", study.runner(), study.statusProperty(),
                study::cancel);
        // Spaced and divided, so that two messages never run together ("572 msSaved series.csv").
        Separator divider = new Separator(Orientation.VERTICAL);
        divider.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        divider.managedProperty().bind(divider.visibleProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(STATUS_GAP, status, spacer, band, new ExportStatusView(vm.exports()), divider, notice);
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Label label(String id, String styleClass, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.textProperty().bind(text);
        return label;
    }
}
