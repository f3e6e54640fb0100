package org.reeplanner.ui.kpi;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.reeplanner.ui.common.Forms;

/**
 * The KPI cards, each bound to its {@link KpiCardViewModel}, with the trend as a CSS pseudo-class. All cards share
 * one width: one row of six when they fit without cutting text, otherwise two rows of three.
 */
public final class KpiCardsView extends TilePane {
    /** The narrowest card whose texts ("no new investment: $25.9/kg") still fit at the stylesheet's sizes. */
    static final double CARD_MIN_WIDTH = 185;
    static final double GAP = 12;
    /** The card title's font size at the normal type size; larger type (presentation mode) widens the cards. */
    private static final double TITLE_SIZE = 12;
    private Label sample;

    public KpiCardsView(KpiCardsViewModel viewModel) {
        setId("kpi-cards");
        getStyleClass().add("kpi-cards");
        setHgap(GAP);
        setVgap(GAP);
        setTileAlignment(Pos.TOP_LEFT);
        for (KpiCardViewModel card : viewModel.cards()) {
            getChildren().add(card(card));
        }
        setPrefColumns(getChildren().size());
        sample = (Label) lookup(".kpi-title");
        widthProperty().subscribe(width -> fit(width.doubleValue()));
        if (sample != null) {
            sample.fontProperty().subscribe(font -> fit(getWidth()));
        }
    }

    /** How many columns of cards fit in {@code width}: all of them, else half (two rows), else one. */
    static int columnsFor(double width, int cards) {
        return columnsFor(width, cards, 1);
    }

    /** As {@link #columnsFor(double, int)} with the cards' type {@code scale} times its normal size. */
    static int columnsFor(double width, int cards, double scale) {
        for (int columns : new int[] {cards, (cards + 1) / 2}) {
            if (columns * CARD_MIN_WIDTH * scale + (columns - 1) * GAP <= width) {
                return columns;
            }
        }
        return 1;
    }

    private void fit(double width) {
        if (width <= 0) {
            return;
        }
        double scale = sample == null ? 1 : Math.max(1, sample.getFont().getSize() / TITLE_SIZE);
        int columns = columnsFor(width, getChildren().size(), scale);
        double available = width - snappedLeftInset() - snappedRightInset() - (columns - 1) * GAP;
        setPrefColumns(columns);
        setPrefTileWidth(Math.floor(available / columns));
    }

    private static VBox card(KpiCardViewModel vm) {
        String id = vm.kind().cardId();
        Label title = label(id + "-title", "kpi-title", vm.titleProperty());
        Label value = label(id + "-value", "kpi-value", vm.valueProperty());
        Label change = label(id + "-change", "kpi-change", vm.changeProperty());
        Label baseline = label(id + "-baseline", "kpi-baseline", vm.baselineProperty());

        HBox comparison = new HBox(change, baseline);
        comparison.setAlignment(Pos.BASELINE_LEFT);
        comparison.getStyleClass().add("kpi-comparison");
        VBox box = new VBox(title, value, comparison);
        box.setId(id);
        box.getStyleClass().add("kpi-card");
        box.setMaxWidth(Double.MAX_VALUE);
        box.accessibleTextProperty().bind(Bindings.concat(vm.titleProperty(), ": ", vm.valueProperty(), ", ",
                vm.changeProperty()));
        vm.trendProperty().subscribe(trend -> {
            for (Trend t : Trend.values()) {
                box.pseudoClassStateChanged(PseudoClass.getPseudoClass(t.cssName()), t == trend);
            }
        });
        Forms.tooltip(box, vm.helpProperty());
        return box;
    }

    private static Label label(String id, String styleClass, ObservableValue<String> text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
