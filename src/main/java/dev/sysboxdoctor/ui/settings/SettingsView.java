package dev.sysboxdoctor.ui.settings;

import dev.sysboxdoctor.ui.AppContext;
import dev.sysboxdoctor.ui.common.FollowFocus;
import dev.sysboxdoctor.ui.common.Fx;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.Icons;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;

/** Settings: engine endpoint, language, theme, text size. Saved as soon as the user presses Save. */
public final class SettingsView extends ScrollPane {
    private final AppContext ctx;
    private final Consumer<Throwable> onSaveError;
    private final TextField endpoint;
    private final ComboBox<String> language;
    private final ComboBox<String> theme;
    private final ComboBox<String> textSize;

    public SettingsView(AppContext ctx, Consumer<Throwable> onSaveError) {
        this.ctx = ctx;
        this.onSaveError = onSaveError;
        I18n t = ctx.t();
        Settings s = ctx.settingsProperty().get();
        setFitToWidth(true);

        endpoint = Fx.id(new TextField(s.engineEndpoint()), "settings-endpoint");
        endpoint.setPromptText(t.get("settings.endpoint.prompt"));
        language = Fx.id(choice(t, "settings.language.", List.of("system", "en", "zh-CN"), s.language()), "settings-language");
        theme = Fx.id(choice(t, "settings.theme.", List.of("system", "light", "dark"), s.theme()), "settings-theme");
        textSize = Fx.id(choice(t, "settings.textSize.", List.of("100", "125", "150"),
                Integer.toString(s.textSize())), "settings-text-size");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        row(grid, 0, t.get("settings.endpoint"), endpoint, t.get("settings.endpoint.help"));
        row(grid, 2, t.get("settings.language"), language, null);
        row(grid, 3, t.get("settings.theme"), theme, null);
        row(grid, 4, t.get("settings.textSize"), textSize, t.get(ctx.services().onWindows() ? "settings.textSize.help" : "settings.textSize.helpLinux"));

        Button save = Fx.id(new Button(t.get("settings.save"), Icons.of(Material2MZ.SAVE)), "settings-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        Label where = Fx.label(t.get("settings.files", ctx.settingsStore().file(), ctx.services().dirs().logDir()), "text-muted");
        VBox page = new VBox(16, Fx.label(t.get("nav.settings"), "title-2"), grid, save, where);
        page.getStyleClass().add("sd-page");
        setContent(page);
        FollowFocus.install(this);
    }

    private Settings edited() {
        return new Settings(endpoint.getText().strip(), language.getValue(), theme.getValue(),
                Integer.parseInt(textSize.getValue()));
    }

    /** Choices on the page that differ from the saved settings. */
    public boolean hasUnsavedChanges() {
        return !edited().equals(ctx.settingsProperty().get());
    }

    /** Saves what is on the page and says so (the notice outlives this page, which a language change rebuilds). */
    public boolean save() {
        Settings next = edited();
        try {
            ctx.settingsStore().save(next);
            ctx.settingsProperty().set(next);
            ctx.notice(ctx.t().get("settings.saved", ctx.settingsStore().file()));
            return true;
        } catch (IOException ex) {
            onSaveError.accept(ex);
            return false;
        }
    }

    private static void row(GridPane grid, int r, String label, Control field, String help) {
        Label l = new Label(label);
        l.setLabelFor(field);
        field.setMaxWidth(Double.MAX_VALUE);
        field.setPrefWidth(420);
        grid.add(l, 0, r);
        grid.add(field, 1, r);
        if (help != null) {
            grid.add(Fx.label(help, "text-muted", "sd-help"), 1, r + 1);
        }
    }

    /** A combo over stable values that shows each value's translated name. */
    private static ComboBox<String> choice(I18n t, String prefix, List<String> values, String current) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setValue(values.contains(current) ? current : values.get(0));
        box.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : t.get(prefix + item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        return box;
    }
}
