package dev.sysboxdoctor.ui.wizard;

import dev.sysboxdoctor.remedy.ContainerProgress;
import dev.sysboxdoctor.remedy.ContainerSafeguard;
import dev.sysboxdoctor.remedy.RestoreResult;
import dev.sysboxdoctor.ui.common.I18n;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The wizard's save step: each container at risk, checked (saved) by default. Unchecking one is
 * the user's explicit word that its changes may be lost, so it needs {@code lossAccepted}; the
 * choice goes to the plan's {@link ContainerSafeguard} before apply. Also carries each save's and
 * restore's progress for the run step, and the restored containers for the Done step.
 */
public final class ContainerChoices {
    private final ContainerSafeguard safeguard;
    private final I18n t;
    private final ObservableList<ContainerChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<String> restored = FXCollections.observableArrayList();

    private ContainerChoices(ContainerSafeguard safeguard, I18n t) {
        this.safeguard = safeguard;
        this.t = t;
        safeguard.atRisk().forEach(c -> choices.add(new ContainerChoice(c, safeguard.describe(c))));
    }

    /** The choices for a plan that saves containers; empty when it saves none. */
    public static Optional<ContainerChoices> of(Optional<ContainerSafeguard> safeguard, I18n t) {
        return safeguard.filter(ContainerSafeguard::saves).map(g -> new ContainerChoices(g, t));
    }

    public ObservableList<ContainerChoice> choices() {
        return choices;
    }

    public String engine() {
        return safeguard.engine();
    }

    /** Why the containers could not be listed (the save step then stops the plan), or empty. */
    public Optional<String> unknownBecause() {
        return safeguard.unknownBecause();
    }

    public boolean restores() {
        return safeguard.restores();
    }

    /**
     * Saves the container again, or stops saving it. Not saving needs the user's confirmation
     * that its changes may be lost; without it nothing changes. Returns whether the choice took.
     */
    public boolean choose(ContainerChoice c, boolean save, boolean lossAccepted) {
        if (save) {
            safeguard.keep(c.name());
            c.saveProperty().set(true);
            return true;
        }
        if (!lossAccepted) {
            c.saveProperty().set(true);
            return false;
        }
        safeguard.acceptLoss(c.name());
        c.saveProperty().set(false);
        return true;
    }

    /** The confirmation text the user must choose to uncheck a container. */
    public String lossConfirmation(ContainerChoice c) {
        return t.get("guard.acceptLoss", c.name());
    }

    /** A save or restore moved on (call on the UI thread). */
    public void progress(ContainerProgress p) {
        for (ContainerChoice c : choices) {
            if (c.name().equals(p.container())) {
                c.fractionProperty().set(p.fraction());
                c.progressProperty().set(t.get("guard.phase." + p.phase().name().toLowerCase(Locale.ROOT), p.detail()));
            }
        }
    }

    /** After the restore: one line per container for the Done step (call on the UI thread). */
    public void restored(List<RestoreResult> results) {
        restored.setAll(results.stream().map(r -> r.ok()
                ? t.get("guard.restoredLine", r.name(), r.keptOldAs())
                : t.get("guard.notRestoredLine", r.name(), r.reason(), r.saved().backup())).toList());
    }

    public ObservableList<String> restoredLines() {
        return restored;
    }

    /** The containers the user chose not to save. */
    public List<String> losses() {
        return choices.stream().filter(c -> !c.saved()).map(ContainerChoice::name).toList();
    }
}
