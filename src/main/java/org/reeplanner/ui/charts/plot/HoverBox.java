package org.reeplanner.ui.charts.plot;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The box that follows the mouse over a chart: the year, then each shown line's value with its unit. */
final class HoverBox extends VBox {
    private int year = -1;

    HoverBox() {
        getStyleClass().add("hover-box");
        setManaged(false);
        setVisible(false);
        setMouseTransparent(true);
    }

    /** Shows {@code rows} for {@code y}; rebuilt only when the year changes. */
    void show(int y, List<HoverRow> rows) {
        if (y != year) {
            year = y;
            Label title = new Label(String.valueOf(y));
            title.getStyleClass().add("hover-title");
            getChildren().setAll(title);
            for (HoverRow row : rows) {
                getChildren().add(row(row));
            }
        }
        setVisible(true);
        applyCss(); // new rows need their fonts before they can be measured
        autosize();
    }

    void hide() {
        setVisible(false);
        year = -1;
    }

    private static HBox row(HoverRow row) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("hover-swatch", row.colourClass());
        if (row.dashed()) {
            swatch.getStyleClass().add("ghost");
        }
        Label name = new Label(row.name());
        name.getStyleClass().add("hover-name");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label value = new Label(row.value());
        value.getStyleClass().add("hover-value");
        HBox box = new HBox(swatch, name, gap, value);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("hover-row");
        return box;
    }
}
