package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.host.HostOs;
import dev.sysboxdoctor.host.WindowsInterop;
import dev.sysboxdoctor.inspect.WslListParser;
import dev.sysboxdoctor.inspect.WslDistro;
import dev.sysboxdoctor.host.CommandResult;
import dev.sysboxdoctor.host.WslCli;
import dev.sysboxdoctor.host.WslReply;
import dev.sysboxdoctor.inspect.KernelVersion;
import dev.sysboxdoctor.inspect.WslVersionParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The WSL kernel remedies: {@code wsl --update} then {@code wsl --shutdown} for a stock kernel
 * below 5.19, and for a custom kernel pinned in .wslconfig, commenting the pin out (or pointing
 * it at another kernel file) then {@code wsl --shutdown}. Works from Windows and from inside a
 * WSL distro (wsl.exe through interop).
 */
final class WslKernelPlans {
    static final Duration UPDATE_TIMEOUT = Duration.ofMinutes(20);

    private final RemedyEnvironment env;
    private final RemedyTexts t;

    WslKernelPlans(RemedyEnvironment env) {
        this.env = env;
        this.t = env.texts();
    }

    /** What the WSL kernel remedies read. */
    record KernelState(String release, String packageKernel, Optional<String> pin, String wslConfig) {
        Optional<KernelVersion> version() {
            Optional<KernelVersion> v = KernelVersion.parse(release);
            return v.isPresent() ? v : KernelVersion.parse(packageKernel);
        }

        boolean newEnough() {
            return version().map(k -> k.atLeast(5, 19)).orElse(false);
        }

        ObservedState state() {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("kernel", release);
            f.put("wslKernelPackage", packageKernel);
            f.put("pinnedKernel", pin.orElse(""));
            f.put("wslconfig", wslConfig);
            f.put("overlayIdmap", Boolean.toString(newEnough()));
            String k = release.isEmpty() ? (packageKernel.isEmpty() ? "unknown" : packageKernel + " (package)") : release;
            String summary = "WSL kernel " + k + (pin.map(p -> ", pinned in .wslconfig: " + p).orElse(", not pinned"))
                    + (newEnough() ? " (5.19+: overlayfs on ID-mapped mounts, commits are safe)" : " (below 5.19: rootfs cloning)");
            return new ObservedState(summary, f);
        }
    }

    // ---- where things are ----

    boolean onWindows() {
        return HostOs.isWindows();
    }

    /** Inside a WSL distro (no --wsl-exe given, this kernel is Microsoft's). */
    boolean insideWsl() {
        if (env.wslExe() != null || onWindows()) {
            return false;
        }
        try {
            return Files.readString(env.root().resolve("proc/sys/kernel/osrelease")).toLowerCase().contains("microsoft");
        } catch (IOException e) {
            return false;
        }
    }

    WslCli cli() throws StepFailedException {
        if (env.wslExe() != null) {
            return new WslCli(env.runner(), env.wslExe().toString(), env.commandTimeout());
        }
        if (onWindows()) {
            return new WslCli(env.runner(), "wsl.exe", env.commandTimeout());
        }
        if (insideWsl()) {
            // Interop's own path works even when the Windows PATH is not appended ([interop] appendWindowsPath=false).
            String exe = new WindowsInterop(Path.of("/"), env.runner()).wslExe().map(Path::toString).orElse("wsl.exe");
            return new WslCli(env.runner(), exe, env.commandTimeout());
        }
        throw new StepFailedException(t.get("wsl.notWindows"));
    }

    static List<WslDistro> distros(WslCli cli, RemedyTexts t) throws StepFailedException, InterruptedException {
        try {
            WslReply r = cli.listVerbose();
            if (!r.ok()) {
                return List.of();
            }
            return WslListParser.parse(r.stdout()).distros();
        } catch (IOException e) {
            throw new StepFailedException(t.get("wsl.cannotRun", cli.executable(), e.getMessage()), e);
        }
    }

    /** The .wslconfig file, confined under --root when one is given. */
    Optional<WslConfigFile> wslConfig() throws InterruptedException {
        Path p = env.wslConfig();
        if (p == null) {
            p = defaultWslConfig().orElse(null);
            if (p == null) {
                return Optional.empty();
            }
        }
        if (env.confined()) {
            Path abs = p.toAbsolutePath().normalize();
            if (!abs.startsWith(env.root())) {
                abs = env.root().resolve(p.toString().replace('\\', '/').replaceFirst("^[A-Za-z]:", "").replaceFirst("^/+", ""))
                        .normalize();
            }
            if (!abs.startsWith(env.root())) {
                return Optional.empty();
            }
            p = abs;
        }
        return Optional.of(new WslConfigFile(p, t));
    }

    private Optional<Path> defaultWslConfig() throws InterruptedException {
        if (env.confined()) {
            return Optional.empty();
        }
        if (onWindows()) {
            String home = System.getenv("USERPROFILE");
            return home == null ? Optional.empty() : Optional.of(Path.of(home, ".wslconfig"));
        }
        // Inside WSL: ask Windows for %USERPROFILE% through interop.
        return new WindowsInterop(Path.of("/"), env.runner()).userProfile().map(home -> home.resolve(".wslconfig"));
    }

    Optional<String> pinnedKernel() throws StepFailedException, InterruptedException {
        Optional<WslConfigFile> f = wslConfig();
        if (f.isEmpty()) {
            return Optional.empty();
        }
        return f.get().read().pinnedKernel().map(WslConfigText.KernelPin::path);
    }

    boolean hasBackup() throws InterruptedException {
        Optional<WslConfigFile> f = wslConfig();
        return f.isPresent() && (Files.exists(f.get().backupPath()) || Files.exists(f.get().createdMarkerPath()));
    }

    /** The kernel state plus the full diagnosis of the distro it was read from. */
    ObservedState diagnosed(WslCli cli) throws StepFailedException, InterruptedException {
        return Rediagnosis.add(env, diagnosedDistro(cli), kernelState(cli).state());
    }

    /** The distro whose kernel and engine the plans look at: null inside WSL (this one), else --distro or the default. */
    String diagnosedDistro(WslCli cli) throws StepFailedException, InterruptedException {
        return insideWsl() ? null : env.distro() != null ? env.distro()
                : distros(cli, t).stream().filter(WslDistro::isDefault).findFirst().map(WslDistro::name).orElse(null);
    }

    /**
     * The plan with the diagnosed distro's containers guarded. Inside WSL the shutdown ends this
     * process, so nothing can restore afterwards: the backups are kept for {@code image restore}.
     */
    PlanOrRefusal.Ready guarded(RemedyPlan plan, RemedyRequest request, WslCli cli) throws StepFailedException, InterruptedException {
        RemedyRequest r = insideWsl() ? request.withoutRestore() : request;
        return new PlanOrRefusal.Ready(plan.guardedBy(ContainerSafeguard.prepare(env, r, diagnosedDistro(cli), plan.before())));
    }

    KernelState kernelState(WslCli cli) throws StepFailedException, InterruptedException {
        String release = "";
        if (insideWsl()) {
            try {
                release = Files.readString(env.root().resolve("proc/sys/kernel/osrelease")).strip();
            } catch (IOException e) {
                release = "";
            }
        } else {
            String distro = env.distro() != null ? env.distro()
                    : distros(cli, t).stream().filter(WslDistro::isDefault).findFirst().map(WslDistro::name).orElse(null);
            if (distro != null) {
                try {
                    WslReply r = cli.exec(distro, null, List.of("uname", "-r"), null, env.commandTimeout());
                    release = r.ok() ? r.stdout().strip() : "";
                } catch (IOException e) {
                    throw new StepFailedException(t.get("wsl.cannotRun", cli.executable(), e.getMessage()), e);
                }
            }
        }
        String pkg = "";
        try {
            WslReply v = cli.version();
            if (v.ok()) {
                String kernel = WslVersionParser.parseVersion(v.stdout()).kernelVersion();
                pkg = kernel == null ? "" : kernel;
            }
        } catch (IOException e) {
            throw new StepFailedException(t.get("wsl.cannotRun", cli.executable(), e.getMessage()), e);
        }
        Optional<WslConfigFile> f = wslConfig();
        Optional<String> pin = Optional.empty();
        if (f.isPresent()) {
            pin = f.get().read().pinnedKernel().map(WslConfigText.KernelPin::path);
        }
        return new KernelState(release, pkg, pin, f.map(w -> w.path().toString()).orElse(""));
    }

    // ---- plans ----

    PlanOrRefusal upgrade(RemedyRequest request) throws StepFailedException, InterruptedException {
        if (request.revert()) {
            return new PlanOrRefusal.Refused(RemedyId.WSL_KERNEL_UPGRADE, t.get("upgrade.refuse.revert"));
        }
        WslCli cli = cli();
        KernelState s = kernelState(cli);
        if (s.pin().isPresent()) {
            return new PlanOrRefusal.Refused(RemedyId.WSL_KERNEL_UPGRADE,
                    t.get("upgrade.refuse.pinned", s.wslConfig(), s.pin().get()));
        }
        if (s.newEnough()) {
            return new PlanOrRefusal.Refused(RemedyId.WSL_KERNEL_UPGRADE,
                    t.get("upgrade.refuse.newEnough", s.state().fact("kernel")));
        }
        List<String> updateArgv = List.of(cli.executable(), "--update");
        List<PlannedStep> steps = new ArrayList<>();
        steps.add(new PlannedStep(new Step("wsl-update", t.get("upgrade.step.update"), Step.Kind.COMMAND, updateArgv,
                "", "", true, true, t.get("upgrade.step.update.note")),
                log -> runUpdate(cli, log), null, PlannedStep.Resettle.NO));
        steps.add(shutdownStep(cli));
        List<String> warnings = new ArrayList<>();
        warnings.add(t.get("upgrade.warn.uac"));
        if (s.wslConfig().isEmpty()) {
            warnings.add(t.get("upgrade.warn.noWslconfig"));
        }
        warnings.addAll(shutdownWarnings(cli));
        String explanation = t.get("upgrade.explanation",
                s.state().fact("kernel").isEmpty() ? t.get("upgrade.unknownKernel") : s.state().fact("kernel"));
        return guarded(new RemedyPlan(t, RemedyId.WSL_KERNEL_UPGRADE, t.get("upgrade.title"),
                explanation, warnings, steps, diagnosed(cli), () -> diagnosed(cli),
                after -> "true".equals(after.fact("overlayIdmap")) && Rediagnosis.notBroken(after),
                t.get("upgrade.goal")), request, cli);
    }

    PlanOrRefusal unpin(RemedyRequest request) throws StepFailedException, InterruptedException {
        WslCli cli = cli();
        Optional<WslConfigFile> found = wslConfig();
        if (found.isEmpty()) {
            return new PlanOrRefusal.Refused(RemedyId.WSL_KERNEL_UNPIN,
                    t.get("unpin.refuse.noWslconfig"));
        }
        WslConfigFile file = found.get();
        if (request.revert()) {
            return revertUnpin(cli, file, request);
        }
        Optional<byte[]> original = file.readBytes();
        WslConfigText text;
        try {
            text = file.read();
        } catch (StepFailedException e) {
            return new PlanOrRefusal.Refused(RemedyId.WSL_KERNEL_UNPIN, e.getMessage());
        }
        Optional<WslConfigText.KernelPin> pin = text.pinnedKernel();
        String newPath = request.newKernelPath();
        if (newPath == null && original.isEmpty()) {
            return new PlanOrRefusal.Refused(RemedyId.WSL_KERNEL_UNPIN, t.get("unpin.refuse.noFile", file.path()));
        }
        if (newPath == null && pin.isEmpty()) {
            return new PlanOrRefusal.Refused(RemedyId.WSL_KERNEL_UNPIN, t.get("unpin.refuse.noPin", file.path()));
        }
        try {
            file.checkWritable();
        } catch (StepFailedException e) {
            return new PlanOrRefusal.Refused(RemedyId.WSL_KERNEL_UNPIN, e.getMessage());
        }
        WslConfigText changed = newPath == null ? text.disableKernelPins() : text.pointKernelAt(newPath);
        byte[] newBytes = changed.encode();
        boolean backupExisted = Files.exists(file.backupPath()) || Files.exists(file.createdMarkerPath());
        String shown = file.path().toString();
        List<PlannedStep> steps = new ArrayList<>();
        steps.add(new PlannedStep(new Step("edit-wslconfig",
                newPath == null ? t.get("unpin.step.comment") : t.get("unpin.step.point", newPath),
                Step.Kind.FILE_CHANGE, List.of(), shown,
                UnifiedDiff.of(shown, original.isPresent() ? text.text() : null, changed.text()), false, true,
                t.get("unpin.step.note", backupExisted ? t.get("unpin.step.note.backupKept", file.backupPath())
                        : original.isPresent() ? t.get("unpin.step.note.backupFirst", file.backupPath())
                        : t.get("unpin.step.note.newFile"))),
                log -> {
                    file.backupOnce(original);
                    file.replace(newBytes);
                    log.log(original.isPresent() ? t.get("unpin.log.wroteWithBackup", file.path(), file.backupPath())
                            : t.get("unpin.log.wrote", file.path()));
                },
                log -> {
                    file.restore(original);
                    if (!backupExisted) {
                        file.dropBackup();
                    }
                    log.log(t.get("unpin.log.restored", file.path()));
                }, PlannedStep.Resettle.NO));
        steps.add(shutdownStep(cli));
        List<String> warnings = new ArrayList<>(shutdownWarnings(cli));
        List<WslConfigText.KernelPin> modules = text.keyLines("kernelModules");
        if (!modules.isEmpty()) {
            warnings.add(newPath == null
                    ? t.get("unpin.warn.modulesCommented", modules.get(0).path())
                    : t.get("unpin.warn.modulesKept", modules.get(0).path(), newPath));
        }
        String was = pin.map(p -> "kernel=" + p.path()).orElse(t.get("unpin.noPin"));
        String explanation = newPath == null ? t.get("unpin.explanation.comment", file.path(), was)
                : t.get("unpin.explanation.point", file.path(), was, newPath);
        String want = newPath;
        return guarded(new RemedyPlan(t, RemedyId.WSL_KERNEL_UNPIN,
                newPath == null ? t.get("unpin.title.comment") : t.get("unpin.title.point"),
                explanation.strip(), warnings, steps, diagnosed(cli), () -> diagnosed(cli),
                after -> "true".equals(after.fact("overlayIdmap")) && Rediagnosis.notBroken(after)
                        && after.fact("pinnedKernel").equals(want == null ? "" : want),
                newPath == null ? t.get("unpin.goal.comment") : t.get("unpin.goal.point", newPath)), request, cli);
    }

    private PlanOrRefusal revertUnpin(WslCli cli, WslConfigFile file, RemedyRequest request) throws StepFailedException, InterruptedException {
        boolean created = Files.exists(file.createdMarkerPath());
        Optional<byte[]> backup;
        try {
            backup = Files.exists(file.backupPath()) ? Optional.of(Files.readAllBytes(file.backupPath())) : Optional.empty();
        } catch (IOException e) {
            throw new StepFailedException(t.get("unpin.cannotRead", file.backupPath(), e.getMessage()), e);
        }
        if (backup.isEmpty() && !created) {
            return new PlanOrRefusal.Refused(RemedyId.WSL_KERNEL_UNPIN, t.get("unpin.revert.nothing", file.backupPath()));
        }
        Optional<byte[]> current = file.readBytes();
        String currentText = current.map(b -> safeText(b)).orElse(null);
        String backupText = backup.map(b -> safeText(b)).orElse(null);
        String shown = file.path().toString();
        List<PlannedStep> steps = new ArrayList<>();
        steps.add(new PlannedStep(new Step("restore-wslconfig",
                created ? t.get("unpin.revert.step.remove") : t.get("unpin.revert.step.restore", file.backupPath()),
                Step.Kind.FILE_CHANGE, List.of(), shown, UnifiedDiff.of(shown, currentText, backupText), false, true,
                t.get("unpin.revert.step.note")),
                log -> {
                    file.restore(backup);
                    file.dropBackup();
                },
                log -> {
                    try {
                        if (backup.isPresent()) {
                            WslConfigFile.writeAtomically(file.backupPath(), backup.get());
                        } else {
                            WslConfigFile.writeAtomically(file.createdMarkerPath(), new byte[0]);
                        }
                    } catch (IOException e) {
                        throw new StepFailedException(t.get("unpin.revert.cannotPutBack", file.backupPath(), e.getMessage()), e);
                    }
                    file.restore(current);
                }, PlannedStep.Resettle.NO));
        steps.add(shutdownStep(cli));
        byte[] want = backup.orElse(null);
        return guarded(new RemedyPlan(t, RemedyId.WSL_KERNEL_UNPIN, t.get("unpin.revert.title"),
                t.get("unpin.revert.explanation"),
                shutdownWarnings(cli), steps, diagnosed(cli), () -> diagnosed(cli),
                after -> {
                    try {
                        Optional<byte[]> now = file.readBytes();
                        return want == null ? now.isEmpty() : now.isPresent() && java.util.Arrays.equals(now.get(), want);
                    } catch (StepFailedException e) {
                        return false;
                    }
                },
                t.get("unpin.revert.goal")), request, cli);
    }

    private static String safeText(byte[] b) {
        try {
            return WslConfigText.decode(b).text();
        } catch (IllegalArgumentException e) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
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

    PlannedStep shutdownStep(WslCli cli) {
        List<String> argv = List.of(cli.executable(), "--shutdown");
        return new PlannedStep(new Step("wsl-shutdown", t.get("shutdown.step"), Step.Kind.COMMAND,
                argv, "", "", false, true, insideWsl() ? t.get("shutdown.step.noteInside") : t.get("shutdown.step.note")),
                log -> {
                    try {
                        WslReply r = cli.shutdown();
                        if (!r.ok()) {
                            throw new StepFailedException(r.allText().isBlank()
                                    ? t.get("shutdown.failed", r.exitCode())
                                    : t.get("shutdown.failedWith", r.exitCode(), r.allText().strip()));
                        }
                    } catch (IOException e) {
                        throw new StepFailedException(t.get("wsl.cannotRun", cli.executable(), e.getMessage()), e);
                    }
                }, null, PlannedStep.Resettle.IF_DONE).stoppingSysbox();
    }

    List<String> shutdownWarnings(WslCli cli) throws StepFailedException, InterruptedException {
        List<String> running = distros(cli, t).stream().filter(WslDistro::running).map(WslDistro::name).toList();
        List<String> w = new ArrayList<>();
        if (running.isEmpty()) {
            w.add(t.get("shutdown.warn.none"));
        } else {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < running.size(); i++) {
                String d = running.get(i);
                List<String> containers = env.guards() != null ? List.of() : RunningContainers.describe(Machine.wsl(env, cli, d), false);
                sb.append(i == 0 ? "" : t.get("shutdown.warn.separator")).append(d);
                if (!containers.isEmpty()) {
                    sb.append(containers.get(0).startsWith("(") ? " " + containers.get(0)
                            : t.get("shutdown.warn.withContainers", String.join(", ", containers)));
                }
            }
            w.add(t.get("shutdown.warn.running", sb));
        }
        if (insideWsl()) {
            w.add(t.get("shutdown.warn.inside"));
        }
        return w;
    }
}
