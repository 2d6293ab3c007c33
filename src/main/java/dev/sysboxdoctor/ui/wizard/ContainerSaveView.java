package dev.sysboxdoctor.ui.wizard;

import dev.sysboxdoctor.remedy.Step;
import dev.sysboxdoctor.ui.common.Fx;
import dev.sysboxdoctor.ui.common.I18n;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The wizard's parts for the containers at risk: the save step with a box per container
 * (unchecking asks "I accept losing the changes in X"), each save's and restore's progress while
 * the plan runs, and the restored containers at the end.
 */
final class ContainerSaveView {
    private final ContainerChoices choices;
    private final I18n t;
    private final Window owner;

    ContainerSaveView(ContainerChoices choices, I18n t, Window owner) {
        this.choices = choices;
        this.t = t;
        this.owner = owner;
    }

    /** The save step card of the preview. */
    Node saveStep(int n, Step step) {
        VBox v = new VBox(6);
        v.getStyleClass().add("sd-step-card");
        v.setId("wizard-save-step");
        v.getChildren().add(Fx.label(n + ". " + step.title(), "sd-step-title"));
        if (choices.unknownBecause().isPresent()) {
            v.getChildren().add(Fx.id(Fx.label(t.get("guard.unknown", choices.engine(), choices.unknownBecause().get()), "text-danger"),
                    "wizard-save-unknown"));
            return v;
        }
        v.getChildren().add(Fx.label(t.get("guard.intro", choices.engine()), "text-muted"));
        int i = 0;
        for (ContainerChoice c : choices.choices()) {
            CheckBox box = Fx.id(new CheckBox(c.description()), "wizard-save-" + i++);
            box.setWrapText(true);
            box.setSelected(c.saved());
            box.setOnAction(e -> {
                boolean want = box.isSelected();
                boolean took = choices.choose(c, want, !want && confirmLoss(c));
                box.setSelected(took ? want : c.saved());
            });
            v.getChildren().add(box);
        }
        if (choices.choices().isEmpty()) {
            v.getChildren().add(Fx.label(t.get("guard.noneNow"), "text-muted"));
        }
        Label losses = Fx.id(Fx.label("", "text-danger"), "wizard-save-losses");
        losses.textProperty().bind(Bindings.createStringBinding(() -> choices.losses().isEmpty() ? ""
                : t.get("guard.losses", String.join(", ", choices.losses())),
                choices.choices().stream().map(ContainerChoice::saveProperty).toArray(Observable[]::new)));
        losses.managedProperty().bind(losses.textProperty().isNotEmpty());
        losses.visibleProperty().bind(losses.textProperty().isNotEmpty());
        v.getChildren().add(losses);
        v.getChildren().add(Fx.label(choices.restores() ? t.get("guard.restoreAfter") : t.get("guard.noRestore"), "text-muted"));
        return v;
    }

    /** The user's explicit word, asked in a dialog whose accepting button says it in full. */
    private boolean confirmLoss(ContainerChoice c) {
        ButtonType accept = new ButtonType(choices.lossConfirmation(c), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(t.get("guard.keepSaving"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.WARNING, t.get("guard.lossWarning", c.name()), keep, accept);
        a.initOwner(owner);
        a.setTitle(t.get("guard.lossTitle"));
        a.setHeaderText(null);
        a.getDialogPane().setId("wizard-loss-dialog");
        ((Button) a.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) a.getDialogPane().lookupButton(accept)).setDefaultButton(false);
        return a.showAndWait().filter(accept::equals).isPresent();
    }

    /** Each container's save or restore while the plan runs. */
    Node progress() {
        VBox v = new VBox(4);
        v.setId("wizard-save-progress");
        for (ContainerChoice c : choices.choices()) {
            if (!c.saved()) {
                continue;
            }
            ProgressBar bar = new ProgressBar();
            bar.progressProperty().bind(c.fractionProperty());
            bar.setPrefWidth(160);
            Label text = Fx.label("", "text-muted");
            text.textProperty().bind(Bindings.concat(c.name(), ": ", c.progressProperty()));
            HBox.setHgrow(text, Priority.ALWAYS);
            v.getChildren().add(new HBox(8, bar, text));
        }
        return v;
    }

    /** The restored containers, one line each (empty until the restore ran). */
    Node restored() {
        VBox v = new VBox(4);
        v.setId("wizard-restored");
        choices.restoredLines().forEach(line -> v.getChildren().add(Fx.label(line)));
        return v;
    }
}
