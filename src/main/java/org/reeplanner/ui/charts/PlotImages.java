package org.reeplanner.ui.charts;

import java.io.File;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Copies a chart panel's picture to the clipboard or saves it as a PNG. The picture is taken on the FX thread at
 * twice the screen size (crisp on slides); the file is written in the background by {@link PngExport}.
 */
public final class PlotImages {
    static final double SCALE = 2;
    private final PngExport export;
    private File lastFolder;

    public PlotImages(PngExport export) {
        this.export = export;
    }

    /** Puts the picture on the system clipboard. */
    public void copy(Node panel) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(snapshot(panel));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Asks where to save, then writes the picture there; failures are shown in a dialog. */
    public void save(Node panel, String suggestedName) {
        Window owner = panel.getScene() == null ? null : panel.getScene().getWindow();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save chart as PNG");
        chooser.setInitialFileName(suggestedName + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            lastFolder = file.getParentFile();
            save(panel, file, owner);
        }
    }

    /** Writes the picture to {@code file} without asking. */
    void save(Node panel, File target, Window owner) {
        File file = target.getName().toLowerCase().endsWith(".png") ? target
                : new File(target.getParentFile(), target.getName() + ".png");
        WritableImage image = snapshot(panel);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        export.save(file.toPath(), w, h, argb, message -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.setHeaderText("The chart could not be saved");
            alert.initOwner(owner);
            alert.show();
        });
    }

    static WritableImage snapshot(Node panel) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(SCALE, SCALE));
        return panel.snapshot(params, null);
    }
}
