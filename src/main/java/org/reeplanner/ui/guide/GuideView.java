package org.reeplanner.ui.guide;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.commonmark.node.Heading;
import org.reeplanner.ui.common.Messages;

/**
 * The model guide: the contents (the guide's sections; Enter or a click jumps there) on the left and the whole
 * document rendered from Markdown on the right, scrolling; links inside it jump to their section.
 */
public final class GuideView extends BorderPane {
    private static final double CONTENTS_WIDTH = 270;
    private final Map<String, Node> anchors = new HashMap<>();
    private final ScrollPane scroll;
    private final VBox document = new VBox();

    public GuideView(GuideViewModel vm) {
        setId("guide-view");
        getStyleClass().add("guide-view");
        MarkdownNodes nodes = new MarkdownNodes(this::jumpTo);
        document.getStyleClass().add("md-document");
        for (org.commonmark.node.Node block : Markdown.children(vm.document())) {
            Node node = nodes.node(block);
            if (block instanceof Heading) {
                anchors.put(Markdown.anchor(block), node);
            }
            document.getChildren().add(node);
        }
        scroll = new ScrollPane(document);
        scroll.setId("guide-document");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("guide-scroll");
        scroll.setAccessibleText(vm.title());
        setCenter(scroll);
        setLeft(contents(vm));
    }

    /** Scrolls so that the heading with {@code anchor} is at the top. */
    public void jumpTo(String anchor) {
        Node target = anchors.get(anchor);
        if (target == null) {
            return;
        }
        document.applyCss();
        document.layout();
        Bounds view = scroll.getViewportBounds();
        double room = document.getHeight() - view.getHeight();
        if (room > 0) {
            scroll.setVvalue(Math.min(1, target.getBoundsInParent().getMinY() / room));
        }
    }

    private Node contents(GuideViewModel vm) {
        ListView<GuideViewModel.Section> list = new ListView<>();
        list.setId("guide-contents");
        list.getStyleClass().add("guide-contents");
        list.getItems().setAll(vm.sections());
        list.setPrefWidth(CONTENTS_WIDTH);
        list.setAccessibleText(Messages.get("guide.contents"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(GuideViewModel.Section item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().subscribe(h -> {
            if (h != null) {
                jumpTo(h.anchor());
            }
        });
        Label title = new Label(Messages.get("guide.contents"));
        title.getStyleClass().add("section-title");
        title.setLabelFor(list);
        VBox box = new VBox(title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.getStyleClass().add("guide-side");
        return box;
    }
}
