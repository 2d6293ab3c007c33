package dev.sysboxdoctor.cli;

import dev.sysboxdoctor.app.Services;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.inspect.MachineAddress;
import dev.sysboxdoctor.remedy.ApplyResult;
import dev.sysboxdoctor.report.Language;
import dev.sysboxdoctor.remedy.Consent;
import dev.sysboxdoctor.remedy.ContainerProgress;
import dev.sysboxdoctor.remedy.Escalation;
import dev.sysboxdoctor.remedy.PlanListener;
import dev.sysboxdoctor.remedy.PlanOrRefusal;
import dev.sysboxdoctor.remedy.Remedies;
import dev.sysboxdoctor.remedy.RemedyEnvironment;
import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.remedy.RemedyPlan;
import dev.sysboxdoctor.remedy.RemedyRequest;
import dev.sysboxdoctor.remedy.Step;
import dev.sysboxdoctor.remedy.StepFailedException;
import dev.sysboxdoctor.remedy.StepReport;
import dev.sysboxdoctor.remedy.StepStatus;
import dev.sysboxdoctor.remedy.Verification;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fix precheck|wsl-kernel}: shows the plan, runs it with --yes, verifies. Exit 0 ran and
 * verified (or a dry run), 1 the problem remains, 2 bad usage / refused / no consent, 3 a step
 * failed (what ran was rolled back).
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = "Fixes the cause: a newer WSL kernel, or the shiftfs precheck override.",
        subcommands = {FixCommand.Precheck.class, FixCommand.WslKernel.class, FixCommand.WslNetworking.class})
final class FixCommand implements Runnable {
    static final int VERIFIED = 0;
    static final int PROBLEM_REMAINS = 1;
    static final int REFUSED = 2;
    static final int STEP_FAILED = 3;

    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: precheck or wsl-kernel.");
    }

    abstract static class FixOptions implements Callable<Integer> {
        private final Services services;
        @Spec CommandSpec spec;
        @Option(names = "--dry-run", description = "Show the plan (exact commands and file diffs); change nothing.") boolean dryRun;
        @Option(names = "--yes", description = "Consent to the plan's steps, privileged ones included.") boolean yes;
        @Option(names = "--revert", description = "Undo what an earlier fix changed.") boolean revert;
        @Option(names = "--root", paramLabel = "DIR", description = "Read and write the Linux files under DIR instead of /.") Path root;
        @Option(names = "--wsl-exe", paramLabel = "PATH", description = "Drive WSL through this wsl.exe.") Path wslExe;
        @Option(names = "--wslconfig", paramLabel = "PATH", description = "The .wslconfig file (default %%USERPROFILE%%\\.wslconfig).") Path wslConfig;
        @Option(names = "--distro", paramLabel = "NAME", description = "The WSL distro that runs Sysbox (default: the default distro).") String distro;
        @Option(names = "--docker-host", paramLabel = "URI",
                description = "Docker Engine whose Sysbox containers are saved before and restored after the fix: unix://..., tcp://..., "
                        + "or wsl://DISTRO. Default: with wsl.exe, the engine inside the distro the fix acts on; else DOCKER_HOST or the local socket.")
        String dockerHost;
        @Option(names = "--discard-unsaved", description = "Do not save the Sysbox containers first: their changes are lost when Sysbox stops "
                + "(the preview names them).") boolean discardUnsaved;
        @Option(names = "--no-restore", description = "Keep the backups as images; do not restore the containers after the fix.") boolean noRestore;
        @Mixin LanguageOption lang;

        FixOptions(Services services) {
            this.services = services;
        }

        abstract PlanOrRefusal plan(Remedies remedies, RemedyRequest request);

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (root != null && !Files.isDirectory(root)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--root " + root + ": not a directory.");
            }
            RemedyEnvironment env = environment();
            RemedyRequest request = revert ? RemedyRequest.REVERT : RemedyRequest.DEFAULT;
            if (discardUnsaved) {
                request = request.discardingUnsaved();
            }
            if (noRestore) {
                request = request.withoutRestore();
            }
            PlanOrRefusal answer = plan(new Remedies(env), request);
            if (answer instanceof PlanOrRefusal.Refused refused) {
                err.println("sysbox-doctor fix: refused: " + refused.reason());
                return REFUSED;
            }
            RemedyPlan plan = ((PlanOrRefusal.Ready) answer).plan();
            out.print(plan.preview());
            out.flush();
            if (dryRun) {
                out.println("\nDry run: nothing was changed.");
                return VERIFIED;
            }
            if (!yes) {
                err.println("sysbox-doctor fix: nothing was changed. Re-run with --yes to consent to the steps above"
                        + (plan.needsPrivilege() ? " (some run as root)." : "."));
                return REFUSED;
            }
            out.println();
            PrintingListener listener = new PrintingListener(out);
            CancelToken cancel = new CancelToken();
            ApplyResult result = plan.apply(Consent.GRANTED, listener, cancel);
            if (!result.done()) {
                err.println("sysbox-doctor fix: " + result.message());
                for (StepReport r : result.steps()) {
                    if (!r.detail().isEmpty() && !result.message().contains(r.detail())) {
                        err.println("  " + r.step().title() + ": " + r.status() + " - " + r.detail());
                    }
                }
                // Sysbox may have stopped before the failure: the containers come back from their backups.
                restore(plan, listener, cancel, err);
                keptBackups(plan, err);
                return result.outcome() == ApplyResult.Outcome.NO_CONSENT ? REFUSED : STEP_FAILED;
            }
            Verification v = plan.verify();
            out.println();
            out.println("Before: " + v.before().summary());
            out.println("After:  " + v.after().summary());
            out.println(v.explanation());
            if (!restore(plan, listener, cancel, err)) {
                return STEP_FAILED;
            }
            if (noRestore) {
                keptBackups(plan, out);
            }
            return v.fixed() ? VERIFIED : PROBLEM_REMAINS;
        }

        /** Runs the plan's restore step when it has one to run; false when a container could not be restored. */
        private static boolean restore(RemedyPlan plan, PlanListener listener, CancelToken cancel, PrintWriter err) {
            try {
                plan.finish(listener, cancel);
                return true;
            } catch (StepFailedException e) {
                err.println("sysbox-doctor fix: " + e.getMessage());
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                err.println("sysbox-doctor fix: cancelled while restoring the containers; their backups are kept.");
                return false;
            }
        }

        /** Names the backups the save step made, so nothing saved is lost from sight. */
        private static void keptBackups(RemedyPlan plan, PrintWriter w) {
            plan.safeguard().ifPresent(g -> {
                if (!g.saved().isEmpty() && g.restored().stream().noneMatch(r -> r.ok())) {
                    w.println("Backups kept as images:");
                    g.saved().forEach(s -> w.println("  " + s.container().name() + " -> " + s.backup()));
                }
            });
        }

        private RemedyEnvironment environment() {
            RemedyEnvironment env = services.remedyEnvironment();
            if (root != null) {
                // A confined root is a fixture or a mounted image: its files are written directly.
                env = env.withEscalation(Escalation.NONE);
            }
            env = env.at(new MachineAddress(wslExe, wslConfig, distro, root)).withLocale(planLocale());
            return env.withGuards(services.containerGuards(dockerHost, wslExe));
        }

        /** English plans speak the remedy bundle's base (Locale.ROOT); Chinese its zh_CN texts. */
        private Locale planLocale() {
            return lang.effective() == Language.ZH_CN ? Language.ZH_CN.locale() : Locale.ROOT;
        }
    }

    /** Prints the live log. */
    private static final class PrintingListener implements PlanListener {
        private final PrintWriter out;
        private String lastContainer = "";
        private int lastPercent = -2;
        private String lastDetail = "";

        PrintingListener(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void stepStarted(Step step) {
            out.println("==> " + step.title());
            out.flush();
        }

        @Override
        public void log(String line) {
            out.println("    " + line);
            out.flush();
        }

        @Override
        public void containerProgress(ContainerProgress p) {
            if (p.phase() != ContainerProgress.Phase.SAVING && p.phase() != ContainerProgress.Phase.RESTORING) {
                return;
            }
            // Whole quarters only: a line per percent would bury the steps.
            int percent = p.fraction() < 0 ? -1 : (int) (p.fraction() * 4) * 25;
            if (percent != lastPercent || !p.container().equals(lastContainer) || !p.detail().equals(lastDetail)) {
                lastDetail = p.detail();
                lastPercent = percent;
                lastContainer = p.container();
                out.println("    " + p.container() + ": " + p.detail() + (percent < 0 ? "" : " (" + percent + "%)"));
                out.flush();
            }
        }

        @Override
        public void stepFinished(Step step, StepStatus status) {
            if (status != StepStatus.DONE) {
                out.println("    [" + status + "] " + step.title());
                out.flush();
            }
        }
    }

    @Command(name = "precheck", mixinStandardHelpOptions = true,
            description = "Add --disable-shiftfs-precheck to sysbox-mgr (systemd drop-in) where shiftfs really works.")
    static final class Precheck extends FixOptions {
        Precheck(Services services) {
            super(services);
        }

        @Override
        PlanOrRefusal plan(Remedies remedies, RemedyRequest request) {
            return remedies.plan(RemedyId.PRECHECK_OVERRIDE, request);
        }
    }

    @Command(name = "wsl-kernel", mixinStandardHelpOptions = true,
            description = "Upgrade the WSL kernel (wsl --update), or stop pinning a custom kernel in .wslconfig.")
    static final class WslKernel extends FixOptions {
        WslKernel(Services services) {
            super(services);
        }

        @Override
        PlanOrRefusal plan(Remedies remedies, RemedyRequest request) {
            return remedies.planWslKernel(request);
        }
    }

    @Command(name = "wsl-networking", mixinStandardHelpOptions = true,
            description = "Switch WSL's networkingMode from mirrored to NAT in .wslconfig (mirrored mode breaks Sysbox containers), then wsl --shutdown.")
    static final class WslNetworking extends FixOptions {
        WslNetworking(Services services) {
            super(services);
        }

        @Override
        PlanOrRefusal plan(Remedies remedies, RemedyRequest request) {
            return remedies.plan(RemedyId.WSL_NETWORKING_NAT, request);
        }
    }
}
