package org.reeplanner.ui.charts.plot;

import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;

/**
 * A chart panel's right-click menu, "Copy image" and "Save as PNG…" of the whole panel ({@code <chartId>-copy-image},
 * {@code <chartId>-save-png}), built on first use: a context menu is its own popup window.
 */
public final class ImageMenu {
    private final Region panel;
    private final String chartId;
    private final PlotImages images;
    private final Consumer<Runnable> around;
    private ContextMenu menu;

    private ImageMenu(Region panel, String chartId, PlotImages images, Consumer<Runnable> around) {
        this.panel = panel;
        this.chartId = chartId;
        this.images = images;
        this.around = around;
    }

    /** Gives {@code panel} the menu; {@code beforeUse} runs before it opens and before a picture is taken. */
    public static void install(Region panel, String chartId, PlotImages images, Runnable beforeUse) {
        install(panel, chartId, images, beforeUse, action -> {
            beforeUse.run();
            action.run();
        });
    }

    /**
     * Gives {@code panel} the menu; {@code beforeOpen} runs before it opens, and each picture is taken inside
     * {@code around} (which may hide the panel's own controls while it runs).
     */
    public static void install(Region panel, String chartId, PlotImages images, Runnable beforeOpen,
                        Consumer<Runnable> around) {
        ImageMenu m = new ImageMenu(panel, chartId, images, around);
        // Opened on the secondary button's press (as on Linux, and where no context-menu event is sent) and by
        // the keyboard's menu key.
        panel.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                beforeOpen.run();
                m.menu().show(panel, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        panel.setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                m.menu().show(panel, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    private ContextMenu menu() {
        if (menu == null) {
            MenuItem copy = new MenuItem(Messages.get("chart.copyImage"), Icon.COPY.node());
            copy.setId(chartId + "-copy-image");
            copy.setOnAction(e -> around.accept(() -> images.copy(panel)));
            MenuItem save = new MenuItem(Messages.get("chart.savePng"), Icon.SAVE_IMAGE.node());
            save.setId(chartId + "-save-png");
            save.setOnAction(e -> around.accept(() -> images.save(panel, chartId)));
            menu = new ContextMenu(copy, save);
        }
        return menu;
    }
}
