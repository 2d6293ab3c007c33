package dev.sysboxdoctor.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Keyboard users Tab through long pages: a ScrollPane does not scroll to the focused control by
 * itself, so this scrolls it just enough to show the control that got the focus.
 */
public final class FollowFocus {
    private FollowFocus() {}

    public static void install(ScrollPane scroll) {
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, now) -> {
                    if (now != null && isInside(now, scroll)) {
                        show(scroll, now);
                    }
                });
            }
        });
    }

    private static boolean isInside(Node n, ScrollPane scroll) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p == scroll.getContent()) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls vertically so that {@code node} is inside the viewport. */
    public static void show(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double target = top;
        if (inContent.getMinY() < top) {
            target = inContent.getMinY() - 8;
        } else if (inContent.getMaxY() > top + viewport) {
            target = inContent.getMaxY() - viewport + 8;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
    }
}
