package dev.sysboxdoctor.ui.log;

import dev.sysboxdoctor.ui.AppContext;
import dev.sysboxdoctor.ui.common.Clipboards;
import dev.sysboxdoctor.ui.common.Fx;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.Icons;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** The Log page: this session's log lines as they come, the log file's path, copy. */
public final class LogView extends VBox {
    private final Runnable unsubscribe;

    public LogView(AppContext ctx) {
        I18n t = ctx.t();
        setSpacing(12);
        getStyleClass().add("sd-page");
        TextArea text = Fx.id(new TextArea(String.join("\n", LogRing.get().snapshot())), "log-text");
        text.setEditable(false);
        text.getStyleClass().add("monospace");
        VBox.setVgrow(text, Priority.ALWAYS);
        unsubscribe = LogRing.get().subscribe(line -> ctx.executor().onUi(() -> text.appendText(
                (text.getLength() == 0 ? "" : "\n") + line)));
        Button copy = Fx.id(new Button(t.get("log.copy"), Icons.of(Material2AL.CONTENT_COPY)), "log-copy");
        copy.setOnAction(e -> Clipboards.copy(text.getText()));
        Button clear = Fx.id(new Button(t.get("log.clearView")), "log-clear");
        clear.setOnAction(e -> text.clear());
        getChildren().addAll(Fx.label(t.get("nav.log"), "title-2"),
                Fx.id(Fx.label(t.get("log.file", ctx.services().dirs().logFile()), "text-muted"), "log-file"),
                new HBox(8, copy, clear), text);
    }

    /** Stops following the log (the page is being replaced). */
    public void dispose() {
        unsubscribe.run();
    }
}
