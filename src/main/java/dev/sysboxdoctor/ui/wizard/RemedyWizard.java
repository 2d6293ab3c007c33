package dev.sysboxdoctor.ui.wizard;

import dev.sysboxdoctor.remedy.ContainerSafeguard;
import dev.sysboxdoctor.remedy.Step;
import dev.sysboxdoctor.ui.AppContext;
import dev.sysboxdoctor.ui.common.FollowFocus;
import dev.sysboxdoctor.ui.common.Fx;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.Icons;
import dev.sysboxdoctor.ui.theme.ThemeManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The remediation wizard window: a five-step stepper over {@link RemedyWizardViewModel}. */
public final class RemedyWizard {
    private final RemedyWizardViewModel vm;
    private final I18n t;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final HBox stepper = new HBox(6);
    private final TextArea logArea = new TextArea();

    public RemedyWizard(RemedyWizardViewModel vm, AppContext ctx, Window owner) {
        this.vm = vm;
        this.t = ctx.t();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        // Named for people: the remedy's own name, then the plan's title once it is known.
        stage.setTitle(t.get("wizard.windowTitle", t.getOr("wizard.remedy." + vm.remedy().key(), t.get("wizard.remedy.any"))));
        vm.titleProperty().addListener((obs, o, now) -> {
            if (now != null && !now.isBlank() && vm.statusProperty().get() != WizardStatus.REFUSED) {
                stage.setTitle(t.get("wizard.windowTitle", now));
            }
        });
        if (owner instanceof Stage s) {
            stage.getIcons().setAll(s.getIcons());
        }
        root.getStyleClass().addAll("sd-dialog", "sd-wizard");
        root.setId("wizard-root");
        root.setPrefSize(860, 680);
        stepper.getStyleClass().add("sd-stepper");
        root.setTop(stepper);
        logArea.setId("wizard-log");
        logArea.setEditable(false);
        logArea.getStyleClass().add("monospace");
        vm.log().addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(line -> logArea.appendText((logArea.getLength() == 0 ? "" : "\n") + line));
            }
        });
        Scene scene = new Scene(root);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (vm.statusProperty().get() == WizardStatus.RUNNING) {
                    vm.cancel();
                } else if (!vm.statusProperty().get().busy()) {
                    stage.close();
                }
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (vm.statusProperty().get().busy()) {
                e.consume(); // a running fix must end (or roll back) before the window goes
            }
        });
        ThemeManager.style(scene, owner == null ? null : owner.getScene());
        vm.stepProperty().addListener((obs, o, s) -> render());
        vm.statusProperty().addListener((obs, o, s) -> render());
        render();
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        if (vm.statusProperty().get() == WizardStatus.LOADING && vm.plan() == null) {
            vm.load();
        }
    }

    private void render() {
        renderStepper();
        VBox content = new VBox(12);
        content.getStyleClass().add("sd-page");
        content.getChildren().addAll(switch (vm.stepProperty().get()) {
            case EXPLAIN -> explainPage();
            case PREVIEW -> previewPage();
            case RUN -> runPage();
            case VERIFY -> verifyPage();
            case DONE -> donePage();
        });
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        FollowFocus.install(scroll);
        if (vm.stepProperty().get() == WizardStep.RUN) {
            VBox.setVgrow(logArea, Priority.ALWAYS);
            scroll.setFitToHeight(true);
        }
        root.setCenter(scroll);
        root.setBottom(buttons());
    }

    private void renderStepper() {
        stepper.getChildren().clear();
        for (WizardStep s : WizardStep.values()) {
            Label l = Fx.label((s.ordinal() + 1) + ". " + t.get("wizard.step." + s.name().toLowerCase(Locale.ROOT)), "sd-step");
            if (s == vm.stepProperty().get()) {
                l.getStyleClass().add("sd-step-current");
            } else if (s.ordinal() < vm.stepProperty().get().ordinal()) {
                l.getStyleClass().add("sd-step-done");
            }
            stepper.getChildren().add(l);
        }
    }

    private Node[] explainPage() {
        Label title = Fx.id(Fx.label(vm.titleProperty().get(), "title-3"), "wizard-title");
        Label target = Fx.label(t.get("wizard.target", vm.target() == null ? "-" : vm.target().name()), "text-muted");
        Label explanation = Fx.id(Fx.label(vm.explanationProperty().get()), "wizard-explanation");
        Label message = Fx.id(Fx.label(vm.messageProperty().get(), vm.statusProperty().get() == WizardStatus.REFUSED
                ? "text-danger" : "text-muted"), "wizard-message");
        if (vm.statusProperty().get() == WizardStatus.LOADING) {
            ProgressIndicator p = new ProgressIndicator();
            p.setPrefSize(24, 24);
            message.setGraphic(p);
        }
        return new Node[] {title, target, explanation, message};
    }

    private Node[] previewPage() {
        VBox box = new VBox(10);
        if (!vm.warnings().isEmpty()) {
            VBox warn = new VBox(4);
            warn.getStyleClass().add("sd-warning-box");
            warn.setId("wizard-warnings");
            warn.getChildren().add(Fx.label(t.get("wizard.warnings"), "sd-finding-title"));
            vm.warnings().forEach(w -> {
                Label l = Fx.label(w);
                l.setGraphic(Icons.of(Material2MZ.WARNING, "severity-icon"));
                warn.getChildren().add(l);
            });
            box.getChildren().add(warn);
        }
        box.getChildren().add(Fx.label(t.get("wizard.stepsIntro"), "sd-finding-title"));
        int n = 1;
        ContainerChoices choices = vm.containersProperty().get();
        for (Step s : vm.steps()) {
            box.getChildren().add(choices != null && s.id().equals(ContainerSafeguard.SAVE_STEP)
                    ? new ContainerSaveView(choices, t, stage).saveStep(n++, s) : stepNode(n++, s));
        }
        CheckBox consent = Fx.id(new CheckBox(t.get("wizard.consent")), "wizard-consent");
        consent.selectedProperty().bindBidirectional(vm.consentProperty());
        consent.setWrapText(true);
        box.getChildren().add(consent); // the goal was said on the first page; once is enough
        return new Node[] {Fx.label(vm.titleProperty().get(), "title-3"), box};
    }

    private Node stepNode(int n, Step s) {
        VBox v = new VBox(4);
        v.getStyleClass().add("sd-step-card");
        Label title = Fx.label(n + ". " + FactWords.prose(s.title()) + (s.privileged() ? "  · " + t.get("wizard.privileged") : ""),
                "sd-step-title");
        v.getChildren().add(title);
        if (!s.note().isBlank()) {
            v.getChildren().add(Fx.label(FactWords.prose(s.note()), "text-muted"));
        }
        if (!s.argv().isEmpty()) {
            v.getChildren().add(code(s.commandLine(), 1, "wizard-command-" + n));
        }
        if (!s.diff().isBlank()) {
            v.getChildren().add(Fx.label(t.get("wizard.fileChange", s.path()), "text-muted"));
            v.getChildren().add(code(s.diff(), (int) Math.min(14, s.diff().lines().count()), "wizard-diff-" + n));
        }
        return v;
    }

    private static TextArea code(String text, int rows, String id) {
        TextArea a = new TextArea(text);
        a.setId(id);
        a.setEditable(false);
        a.setWrapText(false);
        a.setPrefRowCount(Math.max(1, rows));
        a.getStyleClass().addAll("monospace", "sd-code");
        return a;
    }

    private Node[] runPage() {
        Label message = Fx.id(Fx.label(vm.messageProperty().get(),
                vm.statusProperty().get() == WizardStatus.RUN_FAILED ? "text-danger" : "text-muted"), "wizard-message");
        if (vm.statusProperty().get() == WizardStatus.RUNNING) {
            ProgressIndicator p = new ProgressIndicator();
            p.setPrefSize(24, 24);
            message.setGraphic(p);
        }
        ContainerChoices choices = vm.containersProperty().get();
        if (choices != null) {
            return new Node[] {message, new ContainerSaveView(choices, t, stage).progress(), Fx.label(t.get("wizard.liveLog"), "title-4"), logArea};
        }
        return new Node[] {Fx.label(t.get("wizard.liveLog"), "title-4"), message, logArea};
    }

    private Node[] verifyPage() {
        WizardStatus st = vm.statusProperty().get();
        Label headline = Fx.id(Fx.label(switch (st) {
            case VERIFIED -> t.get("wizard.verified");
            case NOT_FIXED -> t.get("wizard.notFixed");
            default -> t.get("wizard.verifying");
        }, "title-3", st == WizardStatus.VERIFIED ? "text-success" : st == WizardStatus.NOT_FIXED ? "text-danger" : "text-muted"),
                "wizard-verify-headline");
        Label message = Fx.id(Fx.label(vm.messageProperty().get(), "text-muted"), "wizard-message");
        TableView<FactChange> table = Fx.id(new TableView<>(vm.changes()), "wizard-changes");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(t.get("wizard.fact"), c -> FactWords.label(t, c.fact())));
        table.getColumns().get(0).setPrefWidth(220);
        table.getColumns().add(column(t.get("wizard.before"), c -> FactWords.value(t, c.fact(), c.before())));
        table.getColumns().add(column(t.get("wizard.after"), c -> FactWords.value(t, c.fact(), c.after())));
        table.setPrefHeight(200);
        table.setPlaceholder(new Label(st.busy() ? "" : t.get("wizard.noChanges")));
        logArea.setPrefRowCount(10);
        TitledPane log = new TitledPane(t.get("wizard.liveLog"), logArea);
        log.setExpanded(false);
        return new Node[] {headline, message, table, log};
    }

    private Node[] donePage() {
        WizardStatus st = vm.statusProperty().get();
        String text = switch (st) {
            case VERIFIED -> t.get("wizard.done.fixed");
            case NOT_FIXED -> t.get("wizard.done.notFixed");
            case UNDONE -> t.get("wizard.done.undone");
            case UNDOING -> t.get("wizard.undoing");
            default -> vm.messageProperty().get();
        };
        Label headline = Fx.id(Fx.label(text, "title-3"), "wizard-done-headline");
        // One result line: the verify page already showed the details; only a failure's reason is new here.
        boolean saidAlready = st == WizardStatus.VERIFIED || st == WizardStatus.NOT_FIXED || st == WizardStatus.UNDONE
                || st == WizardStatus.UNDOING;
        List<Node> nodes = new ArrayList<>(List.of(headline));
        if (!saidAlready) {
            nodes.add(Fx.id(Fx.label(vm.messageProperty().get(), "text-muted"), "wizard-message"));
        }
        // The restored containers are news on every outcome: the fix saved them and put them back.
        ContainerChoices choices = vm.containersProperty().get();
        if (choices != null && !choices.restoredLines().isEmpty()) {
            nodes.add(Fx.label(t.get("guard.restoredTitle"), "sd-finding-title"));
            nodes.add(new ContainerSaveView(choices, t, stage).restored());
        }
        nodes.add(Fx.label(t.get("wizard.done.rediagnosed"), "text-muted"));
        return nodes.toArray(new Node[0]);
    }

    private static TableColumn<FactChange, String> column(String title, Function<FactChange, String> f) {
        TableColumn<FactChange, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }

    private HBox buttons() {
        WizardStep s = vm.stepProperty().get();
        WizardStatus st = vm.statusProperty().get();
        HBox bar = new HBox(8);
        bar.getStyleClass().add("sd-button-bar");
        if (vm.canUndo() && (s == WizardStep.VERIFY || s == WizardStep.DONE)) {
            Button undo = Fx.id(new Button(t.get("wizard.undo"), Icons.of(Material2MZ.UNDO)), "wizard-undo");
            undo.setOnAction(e -> vm.undo());
            bar.getChildren().add(undo);
        }
        bar.getChildren().add(Fx.spacer());
        if (s == WizardStep.PREVIEW) {
            Button back = Fx.id(new Button(t.get("wizard.back")), "wizard-back");
            back.setOnAction(e -> vm.back());
            Button apply = Fx.id(new Button(t.get("wizard.apply"), Icons.of(Material2MZ.PLAY_ARROW)), "wizard-apply");
            apply.getStyleClass().add("accent");
            apply.setDefaultButton(true);
            apply.disableProperty().bind(vm.consentProperty().not());
            apply.setOnAction(e -> vm.apply());
            bar.getChildren().addAll(back, apply);
        }
        if (s == WizardStep.EXPLAIN || s == WizardStep.VERIFY) {
            Button next = Fx.id(new Button(t.get("wizard.next")), "wizard-next");
            next.getStyleClass().add("accent");
            next.setDefaultButton(true);
            next.setDisable(!vm.canGoNext());
            next.setOnAction(e -> vm.next());
            bar.getChildren().add(next);
        }
        if (st == WizardStatus.RUNNING) {
            Button cancel = Fx.id(new Button(t.get("common.cancel"), Icons.of(Material2MZ.STOP)), "wizard-cancel");
            cancel.setOnAction(e -> vm.cancel());
            bar.getChildren().add(cancel);
        }
        boolean nothingToCancel = s == WizardStep.DONE || s == WizardStep.VERIFY || st == WizardStatus.REFUSED
                || st == WizardStatus.RUN_FAILED;
        Button close = Fx.id(new Button(nothingToCancel ? t.get("common.close") : t.get("common.cancel"),
                Icons.of(Material2AL.CLOSE)), "wizard-close");
        close.setCancelButton(!st.busy());
        close.setDisable(st.busy());
        close.setOnAction(e -> stage.close());
        bar.getChildren().add(close);
        return bar;
    }
}
