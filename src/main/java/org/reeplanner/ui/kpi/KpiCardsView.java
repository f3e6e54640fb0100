package org.reeplanner.ui.kpi;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.reeplanner.ui.common.Forms;

/**
 * The KPI cards, each bound to its {@link KpiCardViewModel}, with the trend as a CSS pseudo-class. All cards share
 * one width and stay in one row whenever they can, so the charts keep the height: full cards (value, change and the
 * baseline) where six fit, else a compact strip (pseudo-class {@code compact}: title, value and change; the baseline
 * is in each card's tooltip), and only where not even that fits, two rows of three. Presentation mode always uses the
 * strip.
 */
public final class KpiCardsView extends TilePane {
    /** The narrowest card whose texts ("vs 25.9", "−0.005") still fit at the stylesheet's sizes. */
    static final double CARD_MIN_WIDTH = 185;
    /** The narrowest compact card whose value and change ("100%", "no change") still fit. */
    static final double COMPACT_MIN_WIDTH = 92;
    static final double GAP = 12;
    static final double COMPACT_GAP = 8;
    /** The card title's font size at the normal type size; larger type (presentation mode) widens the cards. */
    private static final double TITLE_SIZE = 12;
    /** A compact card's title font size at the normal type size (0.846em of the 13 px root). */
    private static final double COMPACT_TITLE_SIZE = 11;
    /** A compact card's horizontal padding and border: what its title cannot use of the tile's width. */
    private static final double COMPACT_CARD_INSETS = 18;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private static final PseudoClass TWO_LINES = PseudoClass.getPseudoClass("two-line-titles");
    private final BooleanProperty compact = new SimpleBooleanProperty(this, "compact");
    private final BooleanProperty narrow = new SimpleBooleanProperty(this, "narrow");
    private final ObservableBooleanValue presenting;
    private final List<ReadOnlyStringProperty> titles = new ArrayList<>();
    private final List<ReadOnlyStringProperty> shortTitles = new ArrayList<>();
    private Label sample;

    /** How the cards are laid out in a width: how many columns, and whether compact. */
    record Layout(int columns, boolean compact) {
    }

    /** @param presenting whether presentation mode is on: the cards are then always a compact strip */
    public KpiCardsView(KpiCardsViewModel viewModel, ObservableBooleanValue presenting) {
        this.presenting = presenting;
        setId("kpi-cards");
        getStyleClass().add("kpi-cards");
        setTileAlignment(Pos.TOP_LEFT);
        for (KpiCardViewModel card : viewModel.cards()) {
            getChildren().add(card(card, compact, narrow));
            titles.add(card.titleProperty());
            shortTitles.add(card.shortTitleProperty());
            card.titleProperty().subscribe(t -> fit(getWidth()));
        }
        setPrefColumns(getChildren().size());
        sample = (Label) lookup(".kpi-title");
        compact.subscribe(on -> pseudoClassStateChanged(COMPACT, on));
        widthProperty().subscribe(width -> fit(width.doubleValue()));
        presenting.subscribe(on -> fit(getWidth()));
        if (sample != null) {
            sample.fontProperty().subscribe(font -> fit(getWidth()));
        }
    }

    /** Whether the cards show as a compact strip. */
    public ReadOnlyBooleanProperty compactProperty() {
        return compact;
    }

    /** How many columns of full cards fit in {@code width}: all of them, else half (two rows), else one. */
    static int columnsFor(double width, int cards) {
        return columnsFor(width, cards, 1);
    }

    /** As {@link #columnsFor(double, int)} with the cards' type {@code scale} times its normal size. */
    static int columnsFor(double width, int cards, double scale) {
        for (int columns : new int[] {cards, (cards + 1) / 2}) {
            if (fits(width, columns, CARD_MIN_WIDTH * scale, GAP)) {
                return columns;
            }
        }
        return 1;
    }

    /**
     * The layout for {@code width}: full cards in one row when they fit (and {@code strip} is false), else a compact
     * strip of all cards, else compact cards in two rows (or one column).
     */
    static Layout layoutFor(double width, int cards, double scale, boolean strip) {
        if (!strip && fits(width, cards, CARD_MIN_WIDTH * scale, GAP)) {
            return new Layout(cards, false);
        }
        for (int columns : new int[] {cards, (cards + 1) / 2}) {
            if (fits(width, columns, COMPACT_MIN_WIDTH * scale, COMPACT_GAP)) {
                return new Layout(columns, true);
            }
        }
        return new Layout(1, true);
    }

    private static boolean fits(double width, int columns, double cardWidth, double gap) {
        return columns * cardWidth + (columns - 1) * gap <= width;
    }

    private void fit(double width) {
        if (width <= 0) {
            return;
        }
        double scale = sample == null ? 1 : Math.max(1, sample.getFont().getSize() / TITLE_SIZE);
        double inner = width - snappedLeftInset() - snappedRightInset();
        Layout layout = layoutFor(inner, getChildren().size(), scale, presenting.get());
        double gap = layout.compact() ? COMPACT_GAP : GAP;
        compact.set(layout.compact());
        setHgap(gap);
        setVgap(gap);
        setPrefColumns(layout.columns());
        double tile = Math.floor((inner - (layout.columns() - 1) * gap) / layout.columns());
        double room = tile - COMPACT_CARD_INSETS * scale;
        narrow.set(layout.compact() && widest(titles, scale) > room);
        pseudoClassStateChanged(TWO_LINES, narrow.get() && widest(shortTitles, scale) > room);
        setPrefTileWidth(tile);
    }

    /**
     * The width of the widest of {@code texts} at the compact cards' title size. When a full title does not fit,
     * every card shows its short title rather than a cut one ("China separ..."), on
     * two lines where one of those does not fit on one (pseudo-class {@code two-line-titles}).
     */
    private double widest(List<ReadOnlyStringProperty> texts, double scale) {
        Text probe = new Text();
        probe.setFont(Font.font(sample == null ? Font.getDefault().getFamily() : sample.getFont().getFamily(),
                COMPACT_TITLE_SIZE * scale));
        double widest = 0;
        for (ReadOnlyStringProperty title : texts) {
            probe.setText(title.get());
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private static VBox card(KpiCardViewModel vm, ObservableBooleanValue compact, ObservableBooleanValue narrow) {
        String id = vm.kind().cardId();
        Label title = label(id + "-title", "kpi-title",
                Bindings.when(narrow).then(vm.shortTitleProperty()).otherwise(vm.titleProperty()));
        Label value = label(id + "-value", "kpi-value", vm.valueProperty());
        Label change = label(id + "-change", "kpi-change", vm.changeProperty());
        Label baseline = label(id + "-baseline", "kpi-baseline", vm.baselineProperty());

        baseline.visibleProperty().bind(Bindings.not(compact));
        baseline.managedProperty().bind(baseline.visibleProperty());
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
