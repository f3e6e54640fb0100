package org.reeplanner.ui.charts.plot;

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
import org.reeplanner.ui.common.Messages;

/**
 * Copies a chart panel's picture to the clipboard or saves it as a PNG. The picture is the panel as it is on screen
 * (hidden series, year cursor and all), drawn again on the FX thread through a scale transform, so text and lines
 * are rendered at the larger size rather than enlarged pixels: twice the screen size for the clipboard, and for a
 * saved file at least 1920×1080 at the panel's proportions. The file is written in the background by
 * {@link PngExport}.
 */
public final class PlotImages {
    static final double SCALE = 2;
    /** The smallest saved picture: full HD, as the exported chart pictures. */
    static final double MIN_WIDTH = 1920;
    static final double MIN_HEIGHT = 1080;
    /** Keeps a degenerate (tiny) panel from asking for an enormous picture. */
    static final double MAX_SCALE = 8;
    private final PngExport export;
    private File lastFolder;

    public PlotImages(PngExport export) {
        this.export = export;
    }

    /** Puts the picture on the system clipboard and says so in the status bar. */
    public void copy(Node panel) {
        ClipboardContent content = new ClipboardContent();
        WritableImage image = snapshot(panel, SCALE);
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
        export.copied((int) image.getWidth(), (int) image.getHeight());
    }

    /** Asks where to save, then writes the picture there; failures are shown in a dialog. */
    public void save(Node panel, String suggestedName) {
        Window owner = panel.getScene() == null ? null : panel.getScene().getWindow();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("chart.png.title"));
        chooser.setInitialFileName(suggestedName + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("chart.png.filter"), "*.png"));
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
        WritableImage image = snapshot(panel, saveScale(panel.getLayoutBounds().getWidth(),
                panel.getLayoutBounds().getHeight()));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        export.save(file.toPath(), w, h, argb, message -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.setHeaderText(Messages.get("chart.png.failed"));
            alert.initOwner(owner);
            alert.show();
        });
    }

    /** The scale for a saved picture of a {@code width}×{@code height} panel: 2, or more to reach 1920×1080. */
    public static double saveScale(double width, double height) {
        if (!(width > 0 && height > 0)) {
            return SCALE;
        }
        double needed = Math.max(MIN_WIDTH / width, MIN_HEIGHT / height);
        return Math.min(MAX_SCALE, Math.max(SCALE, needed));
    }

    public static WritableImage snapshot(Node panel, double scale) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        return panel.snapshot(params, null);
    }
}
