package dev.sysboxdoctor.ui;

import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.diagnose.TargetVerdict;
import dev.sysboxdoctor.image.ContainerInfo;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.ui.common.Clipboards;
import dev.sysboxdoctor.ui.containers.ContainersView;
import dev.sysboxdoctor.ui.containers.ContainersViewModel;
import dev.sysboxdoctor.ui.containers.SaveAllViewModel;
import dev.sysboxdoctor.ui.containers.SaveImageDialog;
import dev.sysboxdoctor.ui.containers.SaveImageViewModel;
import dev.sysboxdoctor.ui.reports.ReportFormat;
import dev.sysboxdoctor.ui.reports.ReportsView;
import dev.sysboxdoctor.ui.wizard.RemedyWizard;
import dev.sysboxdoctor.ui.wizard.RemedyWizardViewModel;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** The pages and windows beyond the dashboard, and how findings lead to them ("Fix..."). */
final class Features {
    private final AppContext ctx;
    private final MainWindow window;
    private final ContainersViewModel containers;
    private final ObjectProperty<SaveOutcome> lastSave = new SimpleObjectProperty<>();
    private final SaveAllViewModel saveAll;

    Features(AppContext ctx, MainWindow window) {
        this.ctx = ctx;
        this.window = window;
        this.containers = new ContainersViewModel(ctx.services(), ctx.executor(), () -> ctx.services().engineFor(
                ctx.settingsProperty().get().engineEndpoint(), window.dashboard().selectedTargetFacts()));
        this.saveAll = new SaveAllViewModel(ctx.services(), ctx.executor(), containers::dockerHost, ctx::t);
        saveAll.setOnFinished(containers::refresh);
        window.dashboard().diagnosisProperty().addListener((obs, o, d) -> containers.sysboxChangesAtRiskProperty().set(clonesRootfs()));
        window.dashboard().selectedTargetProperty().addListener((obs, o, n) -> containers.sysboxChangesAtRiskProperty().set(clonesRootfs()));
        ctx.settingsProperty().addListener((obs, old, now) -> {
            if (old != null && !old.engineEndpoint().equals(now.engineEndpoint())) {
                containers.invalidate(); // another engine: list again when the page is shown
                window.dashboard().markOutOfDate(); // the Docker card and its findings came from the old one
            }
        });
        window.dashboard().selectedTargetProperty().addListener((obs, old, now) -> {
            if (ctx.settingsProperty().get().engineEndpoint().isBlank()) {
                containers.invalidate(); // the engine may follow the target (a WSL distro's own)
            }
        });
    }

    Node containersView() {
        return new ContainersView(containers, saveAll, ctx, this::openSaveDialog);
    }

    SaveAllViewModel saveAll() {
        return saveAll;
    }

    /** A finding whose remedy is saving every Sysbox container (containers whose changes a Sysbox stop would reset). */
    static boolean offersSaveAll(Finding f) {
        return f.remedies().contains(RemedyId.SAVE_ALL);
    }

    /** Under rootfs cloning every Sysbox container's changes live only in its clone. */
    private boolean clonesRootfs() {
        return modeHint() == SysboxMode.ROOTFS_CLONING;
    }

    Node reportsView() {
        return new ReportsView(ctx, window.dashboard().finalDiagnosisProperty(), lastSave,
                e -> window.showError(ctx.t().get("reports.saveFailed"), e));
    }

    ContainersViewModel containers() {
        return containers;
    }

    ObjectProperty<SaveOutcome> lastSaveProperty() {
        return lastSave;
    }

    boolean canFix(Finding f) {
        return wizardRemedy(f).isPresent();
    }

    /** Containers at risk are their own problem (saving them is the action), not more evidence of the cause. */
    RemedyId causeOf(Finding f) {
        if (offersSaveAll(f)) {
            return null;
        }
        return wizardRemedy(f).orElse(null);
    }

    /** The first remedy the wizard runs (a fix plan); the save remedies lead to the Containers page instead. */
    private static Optional<RemedyId> wizardRemedy(Finding f) {
        return f.remedies().stream().filter(RemedyId::hasFixPlan).findFirst();
    }

    boolean offersSave(Finding f) {
        return f.remedies().stream().anyMatch(r -> r.means() == RemedyId.Means.SAVE_ONE);
    }

    void fix(Finding f, TargetFacts selected) {
        Optional<RemedyId> wizard = wizardRemedy(f);
        if (wizard.isPresent()) {
            TargetFacts target = f.target() == null ? selected : targetFacts(f.target()).orElse(selected);
            openWizard(wizard.get(), target);
        }
    }

    RemedyWizard openWizard(RemedyId remedy, TargetFacts target) {
        RemedyWizardViewModel vm = new RemedyWizardViewModel(ctx.services(), ctx.executor(), target, remedy, ctx.t(),
                () -> window.dashboard().run());
        RemedyWizard wizard = new RemedyWizard(vm, ctx, window.stage());
        wizard.show();
        return wizard;
    }

    SaveImageDialog openSaveDialog(ContainerInfo container) {
        SaveImageViewModel vm = new SaveImageViewModel(ctx.services(), ctx.executor(), container, modeHint(),
                containers.dockerHost(), ctx.t());
        vm.outcomeProperty().addListener((obs, o, outcome) -> {
            if (outcome != null) {
                lastSave.set(outcome);
            }
        });
        ctx.onShutdown(() -> {
            if (vm.phaseProperty().get().busy()) {
                vm.cancel(); // the image room removes what it made before the process ends
            }
        });
        SaveImageDialog dialog = new SaveImageDialog(vm, ctx, window.stage());
        dialog.show();
        return dialog;
    }

    /** The diagnosed Sysbox mode of the dashboard's target: Auto's recommendation rests on it. */
    private SysboxMode modeHint() {
        Diagnosis d = window.dashboard().diagnosisProperty().get();
        String name = window.dashboard().selectedTargetProperty().get();
        if (d == null || name == null) {
            return null;
        }
        TargetVerdict v = d.target(name);
        return v == null ? null : v.mode();
    }

    private Optional<TargetFacts> targetFacts(String name) {
        Diagnosis d = window.dashboard().diagnosisProperty().get();
        return d == null ? Optional.empty() : Optional.ofNullable(d.target(name)).map(TargetVerdict::facts);
    }

    /**
     * "Save a container…" on a finding: the Sysbox containers are the ones at risk. One of them: its
     * save dialog opens; several: the first is selected on the Containers page.
     */
    void saveFromFinding() {
        Runnable pick = () -> {
            List<ContainerInfo> atRisk = containers.containers().stream().filter(ContainerInfo::sysbox).toList();
            if (!atRisk.isEmpty()) {
                containers.selectedProperty().set(atRisk.get(0));
            }
            if (atRisk.size() == 1) {
                openSaveDialog(atRisk.get(0));
            }
        };
        if (!containers.loadingProperty().get()) {
            pick.run();
            return;
        }
        containers.loadingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (!now) {
                    obs.removeListener(this);
                    pick.run();
                }
            }
        });
    }

    void copyDiagnosisReport() {
        Diagnosis d = window.dashboard().finalDiagnosisProperty().get();
        if (d != null) {
            Clipboards.copy(ctx.services().reports().diagnosis(d, ReportFormat.MARKDOWN, ctx.t().language()));
            ctx.notice(ctx.t().get("notice.copied", ctx.t().get("reports.markdown")));
        }
    }
}
