package org.reeplanner.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.menu.AppAction;
import org.reeplanner.ui.menu.MenuKind;

/**
 * The Export menu's commands: each asks the {@link ExportChooser} where to write, offering the suggested name in
 * the folder used last (and whether to replace a file the added extension points at), then hands the choice to the
 * {@link ExportViewModel}, which writes in the background.
 */
public final class ExportCommands {
    private final ExportViewModel vm;
    private final ExportChooser chooser;

    public ExportCommands(ExportViewModel vm, ExportChooser chooser) {
        this.vm = vm;
        this.chooser = chooser;
    }

    /** Asks where, then starts the export; does nothing while another export runs or when the user cancels. */
    public void run(ExportKind kind) {
        if (vm.busyProperty().get()) {
            return;
        }
        String name = vm.suggestedName(kind);
        var chosen = kind.isFolder() ? chooser.chooseFolder(kind, vm.lastFolder(), name)
                : chooser.chooseFile(kind, vm.lastFolder(), name);
        chosen.filter(target -> kind.isFolder() || mayReplace(kind, target))
                .ifPresent(target -> vm.export(kind, target));
    }

    /** The file dialog confirmed the name typed; with the extension added, an existing file needs asking. */
    private boolean mayReplace(ExportKind kind, Path typed) {
        Path file = ExportNames.withExtension(typed, kind);
        return file.equals(typed) || !Files.exists(file) || chooser.confirmReplace(file);
    }

    /** One menu action per export, in menu order, disabled while an export runs. */
    public List<AppAction> actions() {
        var idle = vm.busyProperty().not();
        return Arrays.stream(ExportKind.values())
                .map(kind -> new AppAction(MenuKind.EXPORT, kind.actionId(), kind.menuText(), icon(kind),
                        kind.shortcut(), () -> run(kind), idle))
                .toList();
    }

    private static Icon icon(ExportKind kind) {
        return switch (kind) {
            case WORKBOOK -> Icon.EXPORT_WORKBOOK;
            case DECK -> Icon.EXPORT_DECK;
            case CHARTS -> Icon.EXPORT_CHARTS;
            case CSV -> Icon.EXPORT_CSV;
        };
    }
}
