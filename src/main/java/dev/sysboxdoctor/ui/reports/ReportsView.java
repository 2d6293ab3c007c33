package dev.sysboxdoctor.ui.reports;

import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.ui.AppContext;
import dev.sysboxdoctor.ui.common.BackgroundJob;
import dev.sysboxdoctor.ui.common.Clipboards;
import dev.sysboxdoctor.ui.common.FollowFocus;
import dev.sysboxdoctor.ui.common.Fx;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.Icons;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Reports: the last diagnosis and the last image save, as Markdown or JSON, to copy or save. */
public final class ReportsView extends ScrollPane {
    private final AppContext ctx;
    private final I18n t;
    private final Consumer<Throwable> onError;

    public ReportsView(AppContext ctx, ObservableValue<Diagnosis> diagnosis, ObservableValue<SaveOutcome> lastSave,
                       Consumer<Throwable> onError) {
        this.ctx = ctx;
        this.t = ctx.t();
        this.onError = onError;
        setFitToWidth(true);
        VBox page = new VBox(16, Fx.label(t.get("nav.reports"), "title-2"),
                section("diagnosis", t.get("reports.diagnosis"), t.get("reports.diagnosis.none"), diagnosis,
                        (d, f) -> ctx.services().reports().diagnosis(d, f, t.language())),
                section("save", t.get("reports.save"), t.get("reports.save.none"), lastSave,
                        (o, f) -> ctx.services().reports().save(o, f, t.language())));
        page.getStyleClass().add("sd-page");
        setContent(page);
        FollowFocus.install(this);
    }

    private <T> VBox section(String id, String title, String none, ObservableValue<T> source,
                             BiFunction<T, ReportFormat, String> render) {
        ToggleGroup formats = new ToggleGroup();
        RadioButton md = Fx.id(new RadioButton(t.get("reports.markdown")), "report-" + id + "-md");
        RadioButton json = Fx.id(new RadioButton(t.get("reports.json")), "report-" + id + "-json");
        md.setToggleGroup(formats);
        json.setToggleGroup(formats);
        md.setSelected(true);
        TextArea preview = Fx.id(new TextArea(), "report-" + id + "-text");
        preview.setEditable(false);
        preview.setPrefRowCount(14);
        preview.getStyleClass().add("monospace");
        Function<T, String> text = v -> v == null ? none : render.apply(v, json.isSelected() ? ReportFormat.JSON : ReportFormat.MARKDOWN);
        Runnable refresh = () -> preview.setText(text.apply(source.getValue()));
        formats.selectedToggleProperty().addListener((obs, o, n) -> refresh.run());
        source.addListener((obs, o, n) -> refresh.run());
        refresh.run();

        Button copy = Fx.id(new Button(t.get("reports.copy"), Icons.of(Material2AL.CONTENT_COPY)), "report-" + id + "-copy");
        copy.setOnAction(e -> {
            Clipboards.copy(preview.getText());
            ctx.notice(t.get("notice.copied", t.get(json.isSelected() ? "reports.json" : "reports.markdown")));
        });
        Button save = Fx.id(new Button(t.get("reports.saveAs"), Icons.of(Material2MZ.SAVE)), "report-" + id + "-save");
        save.setOnAction(e -> saveToFile(id, preview.getText(), json.isSelected() ? ReportFormat.JSON : ReportFormat.MARKDOWN));
        copy.disableProperty().bind(Bindings.createBooleanBinding(() -> source.getValue() == null, source));
        save.disableProperty().bind(copy.disableProperty());
        Label label = Fx.label(t.get("reports.format"));
        return new VBox(8, Fx.label(title, "title-4"), new HBox(12, label, md, json), preview, new HBox(8, copy, save));
    }

    private void saveToFile(String id, String content, ReportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("reports.saveAs"));
        chooser.setInitialFileName("sysbox-doctor-" + id + "." + format.extension());
        chooser.setInitialDirectory(DocumentsFolder.ofThisUser().toFile());
        String name = t.get(format == ReportFormat.JSON ? "reports.json" : "reports.markdown");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                name + " (*." + format.extension() + ")", "*." + format.extension()));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        write(file.toPath(), content);
    }

    /** Writes the report off the UI thread and says where it went (the notice and the log). */
    void write(Path file, String content) {
        ctx.executor().submit(BackgroundJob.of("save-report", p -> Files.writeString(file, content, StandardCharsets.UTF_8))
                .onSuccess(p -> ctx.notice(t.get("notice.saved", file.toAbsolutePath())))
                .onFailure(onError));
    }
}
