package dev.sysboxdoctor.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Errors as users see them: a plain message, the log file path, and the technical details
 * (the stack trace) folded away behind the dialog's "Show details" expander.
 */
public final class ErrorDialogs {
    private ErrorDialogs() {}

    public static Alert create(Window owner, I18n t, String message, Throwable error, Path logFile) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(t.get("error.title"));
        alert.setHeaderText(message);
        Label where = new Label(t.get("error.logFile", logFile == null ? "-" : logFile.toString()));
        where.setWrapText(true);
        Label plain = new Label(plainCause(error, t));
        plain.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, plain, where));
        TextArea details = new TextArea(stackTrace(error));
        details.setEditable(false);
        details.setWrapText(false);
        details.getStyleClass().add("monospace");
        details.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().getStyleClass().add("sd-error-dialog");
        return alert;
    }

    public static void show(Window owner, I18n t, String message, Throwable error, Path logFile) {
        create(owner, t, message, error, logFile).show();
    }

    /** The innermost message, without class names: what a user can act on. */
    static String plainCause(Throwable e, I18n t) {
        if (e == null) {
            return "";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null || m.isBlank() ? t.get("error.noMessage") : m;
    }

    static String stackTrace(Throwable e) {
        if (e == null) {
            return "";
        }
        StringWriter sw = new StringWriter();
        e.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }
}
