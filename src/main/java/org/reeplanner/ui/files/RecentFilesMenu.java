package org.reeplanner.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;
import org.reeplanner.ui.scenarios.RecentFiles;

/** File → Open recent: the recent files, newest first, numbered for the keyboard, and a command to clear them. */
public final class RecentFilesMenu extends Menu {

    public RecentFilesMenu(RecentFiles recent, Consumer<Path> open) {
        super(Messages.get("files.recent"), Icon.RECENT.node());
        setId("menu-recent");
        recent.files().subscribe(() -> rebuild(recent, open));
        rebuild(recent, open);
    }

    private void rebuild(RecentFiles recent, Consumer<Path> open) {
        List<Path> files = recent.files();
        getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("files.recent.none"));
            none.setId("recent-none");
            none.setDisable(true);
            getItems().add(none);
            return;
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String number = i < 9 ? "_" + (i + 1) : String.valueOf(i + 1);
            MenuItem item = new MenuItem(number + "  " + file.getFileName() + "   \u2014 " + parent(file));
            item.setMnemonicParsing(true);
            item.setId("recent-" + i);
            item.setOnAction(e -> open.accept(file));
            getItems().add(item);
        }
        MenuItem clear = new MenuItem(Messages.get("files.recent.clear"));
        clear.setId("recent-clear");
        clear.setOnAction(e -> recent.clear());
        getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private static String parent(Path file) {
        Path parent = file.getParent();
        return parent == null ? "" : parent.toString();
    }
}
