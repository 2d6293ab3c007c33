package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.host.WslCli;
import dev.sysboxdoctor.host.WslReply;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * wsl-kernel-upgrade: {@code wsl --update} then {@code wsl --shutdown} for a stock WSL kernel
 * below 5.19, so Sysbox can use overlayfs on ID-mapped mounts instead of rootfs cloning.
 * Refuses when .wslconfig pins a custom kernel (the update would not change it) or the kernel
 * is new enough already.
 */
final class WslKernelUpgradePlan {
    static final Duration UPDATE_TIMEOUT = Duration.ofMinutes(20);

    private final WslAccess wsl;
    private final RemedyTexts t;

    WslKernelUpgradePlan(RemedyEnvironment env) {
        this.wsl = new WslAccess(env);
        this.t = env.texts();
    }

    PlanOrRefusal build(RemedyRequest request) throws StepFailedException, InterruptedException {
        if (request.revert()) {
            return new PlanOrRefusal.Refused(RemedyId.WSL_KERNEL_UPGRADE, t.get("upgrade.refuse.revert"));
        }
        WslCli cli = wsl.cli();
        WslKernelState s = WslKernelState.read(wsl, cli);
        if (s.pin().isPresent()) {
            return new PlanOrRefusal.Refused(RemedyId.WSL_KERNEL_UPGRADE,
                    t.get("upgrade.refuse.pinned", s.wslConfig(), s.pin().get()));
        }
        if (s.newEnough()) {
            return new PlanOrRefusal.Refused(RemedyId.WSL_KERNEL_UPGRADE,
                    t.get("upgrade.refuse.newEnough", s.release()));
        }
        List<String> updateArgv = List.of(cli.executable(), "--update");
        List<PlannedStep> steps = new ArrayList<>();
        steps.add(new PlannedStep(Step.command("wsl-update", t.get("upgrade.step.update"), updateArgv)
                .withPrivilege(true).withNote(t.get("upgrade.step.update.note")),
                log -> runUpdate(cli, log), null, PlannedStep.Resettle.NO));
        steps.add(WslShutdown.step(wsl, cli));
        List<String> warnings = new ArrayList<>();
        warnings.add(t.get("upgrade.warn.uac"));
        if (s.wslConfig().isEmpty()) {
            warnings.add(t.get("upgrade.warn.noWslconfig"));
        }
        warnings.addAll(WslShutdown.warnings(wsl, cli));
        String explanation = t.get("upgrade.explanation",
                s.release().isEmpty() ? t.get("upgrade.unknownKernel") : s.release());
        return wsl.guarded(RemedyPlan.builder(t, RemedyId.WSL_KERNEL_UPGRADE).title(t.get("upgrade.title"))
                .explanation(explanation).warnings(warnings).steps(steps)
                .observed(WslKernelState.diagnosed(wsl, cli), () -> WslKernelState.diagnosed(wsl, cli))
                .goal(t.get("upgrade.goal"), after -> after.overlayIdmap().orElse(false) && Rediagnosis.notBroken(after))
                .build(), request, cli);
    }

    private void runUpdate(WslCli cli, PlanListener log) throws StepFailedException, InterruptedException {
        WslReply r;
        try {
            r = cli.update(UPDATE_TIMEOUT);
        } catch (IOException e) {
            throw new StepFailedException(t.get("wsl.cannotRun", cli.executable(), e.getMessage()), e);
        }
        r.allText().lines().filter(l -> !l.isBlank()).forEach(log::log);
        WslUpdateOutcome outcome = WslUpdateOutcome.of(r, t);
        if (!outcome.ok()) {
            throw new StepFailedException(outcome.message());
        }
        log.log(outcome.message());
    }
}
