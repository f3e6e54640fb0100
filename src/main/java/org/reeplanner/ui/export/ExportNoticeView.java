package org.reeplanner.ui.export;

import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.reeplanner.ui.common.Forms;
import org.reeplanner.ui.common.Icon;
import org.reeplanner.ui.common.Messages;

/**
 * The banner after an export ("Saved report.xlsx" with "Open folder"): it takes no focus and blocks nothing, and it
 * goes away on its own after a while or when closed. Its text and buttons are built for the first notice.
 */
public final class ExportNoticeView extends HBox {
    static final Duration SHOWN_FOR = Duration.seconds(12);
    /** A notice that is not about a saved file (a cancelled export): neutral colours and an info icon. */
    private static final PseudoClass NEUTRAL = PseudoClass.getPseudoClass("neutral");

    private final ExportViewModel vm;
    private Label text;
    private Button open;

    public ExportNoticeView(ExportViewModel vm) {
        this.vm = vm;
        setId("export-notice");
        getStyleClass().add("export-notice");
        setAlignment(Pos.CENTER_LEFT);
        PauseTransition timer = new PauseTransition(SHOWN_FOR);
        timer.setOnFinished(e -> vm.dismissNotice());
        vm.noticeProperty().subscribe(notice -> {
            boolean shown = notice != null;
            setVisible(shown);
            setManaged(shown);
            if (shown && text == null) {
                build();
            }
            boolean saved = shown && notice.folder() != null;
            pseudoClassStateChanged(NEUTRAL, shown && !saved);
            if (text != null) {
                text.setText(shown ? notice.text() : "");
                text.setGraphic((saved || !shown ? Icon.DONE : Icon.INFO).node());
                open.setVisible(saved);
                open.setManaged(saved);
            }
            if (shown) {
                timer.playFromStart();
            } else {
                timer.stop();
            }
        });
    }

    private void build() {
        text = new Label();
        text.setId("export-notice-text");
        open = new Button(Messages.get("export.openFolder"), Icon.OPEN_FOLDER.node());
        open.setId("export-open-folder");
        open.setFocusTraversable(false);
        open.setOnAction(e -> vm.openNoticeFolder());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("", Icon.CLOSE.node());
        close.setId("export-notice-close");
        close.getStyleClass().add("flat");
        close.setFocusTraversable(false);
        Forms.tooltip(close, Messages.get("export.close"));
        close.setOnAction(e -> vm.dismissNotice());
        getChildren().addAll(text, open, spacer, close);
    }
}
