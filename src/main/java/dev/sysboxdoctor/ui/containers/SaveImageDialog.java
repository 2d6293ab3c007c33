package dev.sysboxdoctor.ui.containers;

import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.Strategy;
import dev.sysboxdoctor.ui.AppContext;
import dev.sysboxdoctor.ui.common.Clipboards;
import dev.sysboxdoctor.ui.common.ErrorDialogs;
import dev.sysboxdoctor.ui.common.Fx;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.Icons;
import dev.sysboxdoctor.ui.common.Wrapping;
import dev.sysboxdoctor.ui.reports.ReportFormat;
import dev.sysboxdoctor.ui.theme.ThemeManager;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The "Save as image..." window over a {@link SaveImageViewModel}. */
public final class SaveImageDialog {
    private final SaveImageViewModel vm;
    private final AppContext ctx;
    private final Stage stage = new Stage();
    private final I18n t;

    public SaveImageDialog(SaveImageViewModel vm, AppContext ctx, Window owner) {
        this.vm = vm;
        this.ctx = ctx;
        this.t = ctx.t();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(t.get("save.title", vm.container().name()));
        if (owner instanceof Stage s) {
            stage.getIcons().setAll(s.getIcons());
        }

        Label heading = Fx.label(t.get("save.heading", vm.container().name()), "title-3");
        if (vm.container().sysbox()) {
            heading.setGraphic(Fx.label(t.get("containers.sysboxBadge"), "sd-badge"));
            heading.setContentDisplay(ContentDisplay.RIGHT);
        }
        Label source = Fx.label(Wrapping.atSeparators(t.get("save.source", vm.container().image(), vm.container().runtime(),
                t.getOr("containers.state." + String.valueOf(vm.container().state()).toLowerCase(Locale.ROOT),
                        String.valueOf(vm.container().state())))), "text-muted");
        Label engine = Fx.id(Fx.label(t.get("containers.engine", EngineNames.of(t, ctx.services().engineUsedFor(vm.dockerHost()), ctx.services().onWindows())), "text-muted"), "save-engine");

        TextField tag = Fx.id(new TextField(), "save-tag");
        tag.setPromptText(t.get("save.tag.prompt"));
        tag.textProperty().bindBidirectional(vm.tagProperty());
        Label tagMessage = Fx.id(Fx.label("", "sd-help"), "save-tag-message");
        tagMessage.textProperty().bind(vm.tagMessageProperty());
        // "Will be saved as…" is about what Save will do: gone once the save has an outcome.
        tagMessage.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.phaseProperty().get() == SavePhase.EDITING
                || vm.phaseProperty().get() == SavePhase.CONFIRM_REPLACE || vm.phaseProperty().get() == SavePhase.CANCELLED,
                vm.phaseProperty()));
        vm.tagValidProperty().addListener((obs, o, ok) -> styleTag(tag, tagMessage, ok));
        tag.textProperty().addListener((obs, o, now) -> styleTag(tag, tagMessage, vm.tagValidProperty().get()));
        styleTag(tag, tagMessage, vm.tagValidProperty().get());

        ComboBox<Strategy> strategy = Fx.id(new ComboBox<>(), "save-strategy");
        strategy.getItems().setAll(Strategy.values());
        strategy.valueProperty().bindBidirectional(vm.strategyProperty());
        strategy.setCellFactory(lv -> strategyCell());
        strategy.setButtonCell(strategyCell());
        Label recommendation = Fx.id(Fx.label(vm.recommendation(), "text-muted", "sd-help"), "save-recommendation");

        TextField author = Fx.id(new TextField(), "save-author");
        author.textProperty().bindBidirectional(vm.authorProperty());
        TextField message = Fx.id(new TextField(), "save-message");
        message.textProperty().bindBidirectional(vm.messageProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(6);
        addRow(form, 0, t.get("save.tag"), tag);
        form.add(tagMessage, 1, 1);
        addRow(form, 2, t.get("save.strategy"), strategy);
        form.add(recommendation, 1, 3);
        addRow(form, 4, t.get("save.author"), author);
        addRow(form, 5, t.get("save.message"), message);

        ProgressBar bar = Fx.id(new ProgressBar(), "save-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressFractionProperty());
        Label progress = Fx.id(Fx.label("", "text-muted"), "save-progress-text");
        progress.textProperty().bind(vm.progressTextProperty());
        VBox progressBox = new VBox(4, bar, progress);
        progressBox.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.phaseProperty().get().busy(), vm.phaseProperty()));
        progressBox.managedProperty().bind(progressBox.visibleProperty());

        Label result = Fx.id(Fx.label("", "sd-result"), "save-result");
        result.textProperty().bind(vm.resultTextProperty());
        vm.phaseProperty().addListener((obs, o, p) -> {
            styleResult(result, p);
            Platform.runLater(stage::sizeToScene); // progress, result and differences come and go
        });

        TableView<RefusalRow> diffs = Fx.id(differencesTable(), "save-differences");
        diffs.visibleProperty().bind(Bindings.isNotEmpty(vm.differences()));
        diffs.managedProperty().bind(diffs.visibleProperty());
        VBox.setVgrow(diffs, Priority.ALWAYS);
        // The selected difference in full: hashes and probe output do not fit a cell.
        TextArea details = Fx.id(new TextArea(), "save-difference-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(4);
        details.getStyleClass().add("monospace");
        details.setPromptText(t.get("save.details.prompt"));
        details.visibleProperty().bind(diffs.visibleProperty());
        details.managedProperty().bind(details.visibleProperty());
        diffs.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> details.setText(row == null ? ""
                : t.get("save.details", row.method(), row.difference().path(), aspectName(row.difference()),
                        row.difference().expected(), row.difference().found())));
        Label next = Fx.id(Fx.label("", "sd-help"), "save-next");
        next.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.phaseProperty().get()) {
            case REFUSED -> t.get("save.next.refused");
            case NOT_VERIFIED -> t.get("save.next.notVerified");
            default -> "";
        }, vm.phaseProperty()));
        next.visibleProperty().bind(next.textProperty().isNotEmpty());
        next.managedProperty().bind(next.visibleProperty());

        Button save = Fx.id(new Button(t.get("save.save"), Icons.of(Material2MZ.SAVE)), "save-run");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.canSaveBinding().not());
        save.setOnAction(e -> vm.save());
        Button cancel = Fx.id(new Button(t.get("common.cancel"), Icons.of(Material2MZ.STOP)), "save-cancel");
        cancel.visibleProperty().bind(progressBox.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        Button copy = Fx.id(new Button(t.get("save.copyReport"), Icons.of(Material2AL.CONTENT_COPY)), "save-copy-report");
        copy.visibleProperty().bind(vm.outcomeProperty().isNotNull());
        copy.managedProperty().bind(copy.visibleProperty());
        copy.setOnAction(e -> Clipboards.copy(ctx.services().reports().save(vm.outcomeProperty().get(), ReportFormat.MARKDOWN, ctx.t().language())));
        Button close = Fx.id(new Button(t.get("common.close")), "save-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        close.disableProperty().bind(progressBox.visibleProperty());
        // After a refusal, retrying the same way would not help: Save stops being the blue default, Close takes over.
        vm.phaseProperty().addListener((obs, o, p) -> {
            boolean settled = p == SavePhase.REFUSED || p == SavePhase.NOT_VERIFIED || p == SavePhase.SAVED;
            save.setDefaultButton(!settled);
            close.setDefaultButton(settled);
            if (settled) {
                save.getStyleClass().remove("accent");
            } else if (!save.getStyleClass().contains("accent")) {
                save.getStyleClass().add("accent");
            }
        });
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        for (Button b : new Button[] {copy, cancel, save, close}) {
            b.setMinWidth(Button.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, copy, Fx.spacer(), cancel, save, close);

        VBox root = new VBox(12, heading, source, engine, form, progressBox, result, next, diffs, details, buttons);
        root.getStyleClass().addAll("sd-dialog", "sd-page");
        root.setPrefWidth(720);
        Scene scene = new Scene(root);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.phaseProperty().get().busy()) {
                vm.cancel();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (vm.phaseProperty().get().busy()) {
                vm.cancel();
            }
        });
        ThemeManager.style(scene, owner == null ? null : owner.getScene());

        vm.phaseProperty().addListener((obs, o, p) -> {
            if (p == SavePhase.CONFIRM_REPLACE) {
                Platform.runLater(this::askReplace);
            }
        });
        vm.failureProperty().addListener((obs, o, e) -> {
            if (e != null) {
                ErrorDialogs.show(stage, t, t.get("save.failedTitle"), e, ctx.services().dirs().logFile());
            }
        });
        vm.differences().addListener((ListChangeListener<RefusalRow>) c -> stage.sizeToScene());
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    private void askReplace() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, t.get("save.replace.text", vm.tagProperty().get()),
                new ButtonType(t.get("save.replace.yes"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(t.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        confirm.initOwner(stage);
        confirm.setTitle(t.get("save.replace.title"));
        confirm.setHeaderText(t.get("save.replace.header"));
        confirm.getDialogPane().setId("save-replace-confirm");
        boolean yes = confirm.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
        vm.confirmReplace(yes);
    }

    private ListCell<Strategy> strategyCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Strategy s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s == Strategy.AUTO ? t.get("strategy.auto.recommended")
                        : SaveImageViewModel.strategyName(t, s));
            }
        };
    }

    private String aspectName(Difference d) {
        return t.get("aspect." + d.aspect().name().toLowerCase(Locale.ROOT));
    }

    private TableView<RefusalRow> differencesTable() {
        TableView<RefusalRow> table = new TableView<>(vm.differences());
        table.setPrefHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(t.get("diff.method"), RefusalRow::method, 110));
        table.getColumns().add(column(t.get("diff.path"), r -> r.difference().path(), 200));
        table.getColumns().add(column(t.get("diff.aspect"), r -> aspectName(r.difference()), 100));
        table.getColumns().add(column(t.get("diff.expected"), r -> r.difference().expected(), 140));
        table.getColumns().add(column(t.get("diff.found"), r -> r.difference().found(), 140));
        table.setPlaceholder(new Label(""));
        return table;
    }

    private static TableColumn<RefusalRow, String> column(String title, Function<RefusalRow, String> f, double width) {
        TableColumn<RefusalRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // Hashes and probe output are long: the whole value on hover.
                setTooltip(empty || item == null || item.isBlank() ? null : new Tooltip(item));
            }
        });
        return c;
    }

    private static void addRow(GridPane grid, int row, String text, Control field) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.setMinWidth(Label.USE_PREF_SIZE);
        field.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
    }

    private static void styleTag(TextField tag, Label message, boolean ok) {
        boolean typedWrong = !ok && !tag.getText().isEmpty();
        tag.pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"), typedWrong);
        message.getStyleClass().removeAll("text-danger", "text-success", "text-muted");
        // An empty field is a question, not an error: red only for something typed that is wrong.
        message.getStyleClass().add(ok ? "text-success" : typedWrong ? "text-danger" : "text-muted");
    }

    private static void styleResult(Label result, SavePhase p) {
        result.getStyleClass().removeAll("sd-result-ok", "sd-result-bad", "sd-result-neutral");
        result.getStyleClass().add(switch (p) {
            case SAVED -> "sd-result-ok";
            case REFUSED, FAILED -> "sd-result-bad";
            default -> "sd-result-neutral"; // NOT_VERIFIED too: unknown, never shown as broken
        });
        result.setGraphic(switch (p) {
            case SAVED -> Icons.of(Material2AL.CHECK_CIRCLE);
            case REFUSED, FAILED -> Icons.of(Material2AL.ERROR);
            case NOT_VERIFIED -> Icons.of(Material2AL.HELP_OUTLINE);
            default -> null;
        });
    }
}
