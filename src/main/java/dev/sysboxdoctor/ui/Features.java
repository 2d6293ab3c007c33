package dev.sysboxdoctor.ui;

import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.RemedyIds;
import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.diagnose.TargetVerdict;
import dev.sysboxdoctor.image.ContainerInfo;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.ui.common.Clipboards;
import dev.sysboxdoctor.ui.containers.ContainersView;
import dev.sysboxdoctor.ui.containers.ContainersViewModel;
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
import javafx.scene.Node;

/** The pages and windows beyond the dashboard, and how findings lead to them ("Fix..."). */
final class Features {
    /** Remedies the wizard runs; the save remedies lead to the Containers page instead. */
    static final List<String> WIZARD_REMEDIES = List.of(RemedyIds.WSL_KERNEL_UPGRADE, RemedyIds.WSL_KERNEL_UNPIN,
            RemedyIds.PRECHECK_OVERRIDE);
    static final List<String> SAVE_REMEDIES = List.of(RemedyIds.SAVE_EXPORT_IMPORT, RemedyIds.SAVE_SNAPSHOT);

    private final AppContext ctx;
    private final MainWindow window;
    private final ContainersViewModel containers;
    private final ObjectProperty<SaveOutcome> lastSave = new SimpleObjectProperty<>();

    Features(AppContext ctx, MainWindow window) {
        this.ctx = ctx;
        this.window = window;
        this.containers = new ContainersViewModel(ctx.services(), ctx.executor(), () -> ctx.services().engineFor(
                ctx.settingsProperty().get().engineEndpoint(), window.dashboard().selectedTargetFacts()));
        ctx.settingsProperty().addListener((obs, old, now) -> {
            if (old != null && !old.engineEndpoint().equals(now.engineEndpoint())) {
                containers.invalidate(); // another engine: list again when the page is shown
            }
        });
        window.dashboard().selectedTargetProperty().addListener((obs, old, now) -> {
            if (ctx.settingsProperty().get().engineEndpoint().isBlank()) {
                containers.invalidate(); // the engine may follow the target (a WSL distro's own)
            }
        });
    }

    Node containersView() {
        return new ContainersView(containers, ctx, this::openSaveDialog);
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
        return f.remedies().stream().anyMatch(WIZARD_REMEDIES::contains);
    }

    boolean offersSave(Finding f) {
        return f.remedies().stream().anyMatch(SAVE_REMEDIES::contains);
    }

    void fix(Finding f, TargetFacts selected) {
        Optional<String> wizard = f.remedies().stream().filter(WIZARD_REMEDIES::contains).findFirst();
        if (wizard.isPresent()) {
            TargetFacts target = f.target() == null ? selected : targetFacts(f.target()).orElse(selected);
            openWizard(wizard.get(), target);
        }
    }

    RemedyWizard openWizard(String remedyKey, TargetFacts target) {
        RemedyWizardViewModel vm = new RemedyWizardViewModel(ctx.services(), ctx.executor(), target, remedyKey, ctx.t(),
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

    void copyDiagnosisReport() {
        Diagnosis d = window.dashboard().finalDiagnosisProperty().get();
        if (d != null) {
            Clipboards.copy(ctx.services().reports().diagnosis(d, ReportFormat.MARKDOWN));
        }
    }
}
