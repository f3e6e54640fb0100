package org.reeplanner.ui.charts;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Messages;

/**
 * The strip above the stress-test charts: what the event is; the restriction by element group (what it hits, from
 * when, a bar per month of the share withheld, and per group what is left short); then its four figures side by side.
 */
public final class StressSummaryView extends VBox {
    /** The height of a month's bar when all of it is withheld. */
    private static final double BAR_HEIGHT = 26;
    /** The widest the target's name may be before it wraps. */
    private static final double TARGET_WIDTH = 150;
    /** Above this many months the bars lose their percentages, which would no longer fit (the tooltip keeps them). */
    private static final int LABELLED_MONTHS = 12;

    public StressSummaryView(StressSummaryViewModel vm) {
        setId("stress-summary");
        getStyleClass().add("stress-summary");
        Label headline = new Label();
        headline.setId("stress-headline");
        headline.getStyleClass().add("stress-headline");
        headline.textProperty().bind(vm.headlineProperty());
        headline.setWrapText(true);
        HBox byGroup = figures(vm.groups());
        byGroup.getChildren().add(0, event(vm));
        byGroup.visibleProperty().bind(vm.targetProperty().isNotEmpty());
        byGroup.managedProperty().bind(byGroup.visibleProperty());
        getChildren().addAll(headline, byGroup, figures(vm.figures()));
    }

    private static HBox figures(List<StressFigure> figures) {
        HBox row = new HBox();
        row.getStyleClass().add("stress-figures");
        for (StressFigure f : figures) {
            Label name = new Label(f.name());
            name.getStyleClass().add("kpi-title");
            Label value = new Label();
            value.setId(f.id() + "-value");
            value.getStyleClass().add("stress-value");
            value.textProperty().bind(f.valueProperty());
            Label comparison = new Label();
            comparison.getStyleClass().add("kpi-baseline");
            comparison.textProperty().bind(f.comparisonProperty());
            row.getChildren().add(box(f.id(), new VBox(name, value, comparison)));
        }
        return row;
    }

    private static VBox box(String id, VBox box) {
        box.setId(id);
        box.getStyleClass().add("stress-figure");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** What the restriction hits and from when, beside a bar per month. */
    private static Node event(StressSummaryViewModel vm) {
        Label name = new Label(Messages.get("stress.event"));
        name.getStyleClass().add("kpi-title");
        Label target = new Label();
        target.setId("stress-target");
        target.getStyleClass().add("stress-target");
        target.textProperty().bind(vm.targetProperty());
        // Two short lines rather than one long one, so the group figures beside it keep room for their values.
        target.setWrapText(true);
        target.setMaxWidth(TARGET_WIDTH);
        target.setMinHeight(Region.USE_PREF_SIZE);
        Label start = new Label();
        start.setId("stress-start");
        start.getStyleClass().add("kpi-baseline");
        start.textProperty().bind(vm.startProperty());
        HBox bars = new HBox();
        bars.setId("stress-bars");
        bars.getStyleClass().add("stress-bars");
        bars.setAlignment(Pos.BOTTOM_LEFT);
        Forms.tooltip(bars, Messages.get("stress.profile.help"));
        vm.barsProperty().subscribe(months -> {
            bars.getChildren().clear();
            for (int i = 0; i < months.size(); i++) {
                bars.getChildren().add(bar(i, months.get(i), months.size() <= LABELLED_MONTHS));
            }
        });
        HBox box = new HBox(new VBox(name, target, start), bars);
        box.getStyleClass().add("stress-event");
        VBox outer = box("stress-event", new VBox(box));
        HBox.setHgrow(outer, Priority.NEVER);
        outer.setMinWidth(Region.USE_PREF_SIZE);
        return outer;
    }

    private static VBox bar(int index, StressSummaryViewModel.MonthBar month, boolean labelled) {
        Region fill = new Region();
        fill.getStyleClass().add(labelled ? "stress-bar-fill" : "stress-bar-fill-narrow");
        fill.setMinHeight(Math.max(1, month.share() * BAR_HEIGHT));
        fill.setMaxHeight(fill.getMinHeight());
        Region track = new Region();
        track.setMinHeight(BAR_HEIGHT - fill.getMinHeight());
        Label share = new Label(labelled ? month.text() : "");
        share.getStyleClass().add("stress-bar-share");
        Label name = new Label(month.month());
        name.getStyleClass().add("stress-bar-month");
        VBox bar = new VBox(share, track, fill, name);
        bar.setId("stress-bar-" + index);
        bar.getStyleClass().add(labelled ? "stress-bar" : "stress-bar-narrow");
        bar.setAlignment(Pos.BOTTOM_CENTER);
        bar.setAccessibleText(month.month() + " " + month.text());
        Forms.tooltip(bar, month.month() + " " + month.text());
        return bar;
    }
}
