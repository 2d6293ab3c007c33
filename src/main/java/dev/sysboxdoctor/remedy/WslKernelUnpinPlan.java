package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.host.WslCli;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * wsl-kernel-unpin: the custom kernel pinned in .wslconfig commented out (or the pin pointed at
 * another kernel file, {@code --kernel PATH}), a byte-exact edit with the original kept as a
 * backup, then {@code wsl --shutdown}. {@code --revert} puts the backup back.
 */
final class WslKernelUnpinPlan {
    private final WslAccess wsl;
    private final RemedyTexts t;

    WslKernelUnpinPlan(RemedyEnvironment env) {
        this.wsl = new WslAccess(env);
        this.t = env.texts();
    }

    PlanOrRefusal build(RemedyRequest request) throws StepFailedException, InterruptedException {
        return WslConfigRemedy.plan(wsl, request, RemedyId.WSL_KERNEL_UNPIN, (cli, file) -> WslKernelState.diagnosed(wsl, cli),
                (cli, file) -> change(cli, file, request));
    }

    private PlanOrRefusal change(WslCli cli, WslConfigFile file, RemedyRequest request) throws StepFailedException, InterruptedException {
        Optional<byte[]> original = file.readBytes();
        WslConfigText text;
        try {
            text = file.read();
        } catch (StepFailedException e) {
            return refused(e.getMessage());
        }
        Optional<WslConfigText.KernelPin> pin = text.pinnedKernel();
        String newPath = request.newKernelPath();
        if (newPath == null && original.isEmpty()) {
            return refused(t.get("unpin.refuse.noFile", file.path()));
        }
        if (newPath == null && pin.isEmpty()) {
            return refused(t.get("unpin.refuse.noPin", file.path()));
        }
        try {
            file.checkWritable();
        } catch (StepFailedException e) {
            return refused(e.getMessage());
        }
        WslConfigText changed = newPath == null ? text.disableKernelPins() : text.pointKernelAt(newPath);
        List<PlannedStep> steps = new ArrayList<>();
        steps.add(WslConfigEdit.step(file, t, newPath == null ? t.get("unpin.step.comment") : t.get("unpin.step.point", newPath),
                "unpin.step.note", original, text, changed));
        steps.add(WslShutdown.step(wsl, cli));
        List<String> warnings = new ArrayList<>(WslShutdown.warnings(wsl, cli));
        List<WslConfigText.KernelPin> modules = text.keyLines("kernelModules");
        if (!modules.isEmpty()) {
            warnings.add(newPath == null
                    ? t.get("unpin.warn.modulesCommented", modules.get(0).path())
                    : t.get("unpin.warn.modulesKept", modules.get(0).path(), newPath));
        }
        String was = pin.map(p -> "kernel=" + p.path()).orElse(t.get("unpin.noPin"));
        String explanation = newPath == null ? t.get("unpin.explanation.comment", file.path(), was)
                : t.get("unpin.explanation.point", file.path(), was, newPath);
        return wsl.guarded(RemedyPlan.builder(t, RemedyId.WSL_KERNEL_UNPIN)
                .title(newPath == null ? t.get("unpin.title.comment") : t.get("unpin.title.point"))
                .explanation(explanation.strip()).warnings(warnings).steps(steps)
                .observed(WslKernelState.diagnosed(wsl, cli), () -> WslKernelState.diagnosed(wsl, cli))
                .goal(newPath == null ? t.get("unpin.goal.comment") : t.get("unpin.goal.point", newPath),
                        after -> after.overlayIdmap().orElse(false) && Rediagnosis.notBroken(after)
                                && after.pinnedKernel().equals(Optional.ofNullable(newPath)))
                .build(), request, cli);
    }

    private PlanOrRefusal.Refused refused(String why) {
        return new PlanOrRefusal.Refused(RemedyId.WSL_KERNEL_UNPIN, why);
    }
}
