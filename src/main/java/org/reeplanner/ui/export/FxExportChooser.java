package org.reeplanner.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.reeplanner.ui.common.Messages;

/** The platform's save and folder dialogs, owned by the main window, filtered to the export's file type. */
public final class FxExportChooser implements ExportChooser {
    private final Window owner;

    public FxExportChooser(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFile(ExportKind kind, Path folder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.format("export.chooser.title", kind.description()));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.format("export.chooser.filter", kind.description(), kind.extension()),
                "*" + kind.extension()));
        initialFolder(folder).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(ExportKind kind, Path folder, String suggestedName) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.format("export.chooser.folder", kind.description(), suggestedName));
        initialFolder(folder).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean confirmReplace(Path file) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                Messages.format("files.replace.content", file.getFileName(), file.getParent()),
                ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("files.replace.title"));
        alert.setHeaderText(Messages.format("files.replace.header", file.getFileName()));
        alert.getDialogPane().setId("export-replace");
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    private static Optional<File> initialFolder(Path folder) {
        return Optional.ofNullable(folder).filter(Files::isDirectory).map(Path::toFile);
    }
}
