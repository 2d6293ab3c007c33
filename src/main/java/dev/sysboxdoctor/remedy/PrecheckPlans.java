package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.host.WslCli;
import dev.sysboxdoctor.inspect.JournalParser;
import dev.sysboxdoctor.inspect.KernelVersion;
import dev.sysboxdoctor.inspect.SysboxFacts;
import dev.sysboxdoctor.inspect.SystemdUnit;
import dev.sysboxdoctor.inspect.WslDistro;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * precheck-override: {@code --disable-shiftfs-precheck} for sysbox-mgr through a systemd drop-in
 * (never an edit of the packaged unit), daemon-reload, restart through the top-level
 * {@code sysbox} service, then the journal's new start block must show shiftfs found and no
 * "works properly" lines. Revert removes exactly the drop-in it added.
 */
final class PrecheckPlans {
    static final String FLAG = "--disable-shiftfs-precheck";
    static final String DROP_IN_DIR = "/etc/systemd/system/sysbox-mgr.service.d";
    static final String DROP_IN_NAME = "zz-sysbox-doctor-precheck.conf";
    static final String DROP_IN = DROP_IN_DIR + "/" + DROP_IN_NAME;
    static final Duration RESTART_TIMEOUT = Duration.ofSeconds(150);

    private final RemedyEnvironment env;
    private final RemedyTexts t;

    PrecheckPlans(RemedyEnvironment env) {
        this.env = env;
        this.t = env.texts();
    }

    /**
     * What the precheck remedy reads from the machine.
     *
     * @param unitFiles the files that make sysbox-mgr's ExecStart: the unit, then the drop-ins in name order
     * @param mode      the mode the newest start logged, as the diagnosis reads it
     */
    record Snapshot(String release, Optional<KernelVersion> kernel, boolean shiftfsLoaded, String osId,
                    boolean systemd, String unitPath, List<SystemdUnit.UnitFile> unitFiles,
                    String effectiveExec, Optional<String> ourDropIn,
                    int startBlocks, Optional<MgrJournal.StartBlock> newest, SysboxMode mode, String journalProblem) {
        boolean installed() {
            return unitPath != null;
        }

        boolean hasFlag(String flag) {
            return SysboxFacts.flagSet(SystemdUnit.argv(effectiveExec), flag);
        }

        ObservedState state() {
            PrecheckRun run = newest.map(b -> b.precheckSkipped() ? PrecheckRun.SKIPPED
                    : b.precheckRan() ? PrecheckRun.RUNS : PrecheckRun.NOT_RUN).orElse(PrecheckRun.UNKNOWN);
            PrecheckObservation f = new PrecheckObservation(Optional.of(release).filter(r -> !r.isEmpty()), shiftfsLoaded,
                    effectiveExec, ourDropIn.isPresent(), startBlocks, newest.map(MgrJournal.StartBlock::startLine),
                    run, journalProblem, mode);
            String summary = "sysbox-mgr " + (hasFlag(FLAG) ? "has " : "does not have ") + FLAG
                    + "; newest start in the journal: shiftfs precheck " + f.runWords() + ", mode " + mode;
            return ObservedState.of(summary, f);
        }

        /** The Sysbox version the newest start logged ("Version: 0.6.6"), or empty. */
        Optional<KernelVersion> sysboxVersion() {
            return newest.flatMap(b -> b.messages().stream().filter(m -> m.startsWith("Version: ")).findFirst())
                    .flatMap(v -> KernelVersion.parse(v.substring("Version: ".length())));
        }
    }

    Machine machine() throws StepFailedException, InterruptedException {
        if (env.effectiveWslExe() == null) {
            return Machine.local(env);
        }
        WslCli cli = new WslCli(env.runner(), env.effectiveWslExe(), env.commandTimeout());
        String distro = env.distro();
        if (distro == null) {
            distro = WslAccess.distros(cli, t).stream().filter(WslDistro::isDefault).findFirst()
                    .map(WslDistro::name)
                    .orElseThrow(() -> new StepFailedException(t.get("precheck.noDefaultDistro")));
        }
        return Machine.wsl(env, cli, distro);
    }

    Snapshot snapshot(Machine m) throws StepFailedException, InterruptedException {
        String release = m.read("/proc/sys/kernel/osrelease").orElse("").strip();
        boolean shiftfs = m.read("/proc/modules").orElse("").lines().anyMatch(l -> l.startsWith("shiftfs "));
        String osId = m.read("/etc/os-release").orElse("").lines().filter(l -> l.startsWith("ID="))
                .map(l -> l.substring(3).replace("\"", "").strip()).findFirst().orElse("");
        boolean systemd = m.isDirectory("/run/systemd/system");
        String unitPath = null;
        List<SystemdUnit.UnitFile> files = new ArrayList<>();
        for (String dir : SystemdUnit.unitDirs()) {
            Optional<String> unit = m.read(dir + "/sysbox-mgr.service");
            if (unit.isPresent()) {
                unitPath = dir + "/sysbox-mgr.service";
                files.add(new SystemdUnit.UnitFile(unitPath, null, unit.get()));
                break;
            }
        }
        // Only the drop-in that wins its name is read (each read may be a command in a WSL distro).
        Map<String, String> dropIns = new TreeMap<>();
        List<String> dirs = SystemdUnit.unitDirs();
        for (int i = dirs.size() - 1; i >= 0; i--) {
            String dir = dirs.get(i) + "/sysbox-mgr.service.d";
            for (String name : m.list(dir)) {
                if (name.endsWith(".conf")) {
                    dropIns.put(name, dir + "/" + name);
                }
            }
        }
        for (String path : dropIns.values()) {
            files.add(new SystemdUnit.UnitFile(path, null, m.read(path).orElse("")));
        }
        String effective = SystemdUnit.effective("sysbox-mgr.service", files).execStart();
        String exec = unitPath == null || effective == null ? "" : effective;
        Optional<String> ours = m.read(DROP_IN);
        String journal = "";
        String problem = "";
        try {
            journal = m.runOk(List.of("journalctl", "-u", "sysbox-mgr", "--no-pager", "-o", "cat", "-n", "2000"),
                    false, env.commandTimeout());
        } catch (StepFailedException e) {
            problem = "journalctl failed: " + e.getMessage();
        }
        List<MgrJournal.StartBlock> blocks = MgrJournal.blocks(journal);
        if (blocks.isEmpty() && problem.isEmpty()) {
            problem = journal.contains("insufficient permissions") || journal.contains("not seeing messages")
                    ? "this user cannot read the system journal (add it to the adm or systemd-journal group)"
                    : "no sysbox-mgr start in the journal";
        }
        SysboxMode mode = blocks.isEmpty() ? SysboxMode.UNKNOWN : SysboxMode.loggedIn(JournalParser.lastStart(journal));
        return new Snapshot(release, KernelVersion.parse(release), shiftfs, osId, systemd, unitPath, files, exec,
                ours, blocks.size(), blocks.isEmpty() ? Optional.empty() : Optional.of(blocks.get(blocks.size() - 1)),
                mode, problem);
    }

    PlanOrRefusal build(RemedyRequest request) throws StepFailedException, InterruptedException {
        Machine m = machine();
        Snapshot s = snapshot(m);
        return request.revert() ? revert(m, s, request) : apply(m, s, request);
    }

    private PlanOrRefusal apply(Machine m, Snapshot s, RemedyRequest request) throws StepFailedException, InterruptedException {
        Optional<String> refusal = refusal(m, s);
        if (refusal.isPresent()) {
            return new PlanOrRefusal.Refused(RemedyId.PRECHECK_OVERRIDE, refusal.get());
        }
        String content = "# Added by sysbox-doctor (fix precheck): sysbox-mgr skips its shiftfs functional check,\n"
                + "# which fails here although shiftfs is loaded (Sysbox issues #868, #922).\n"
                + "# Undo: sysbox-doctor fix precheck --revert, or delete this file, then\n"
                + "# systemctl daemon-reload && systemctl restart sysbox\n"
                + "[Service]\nExecStart=\nExecStart=" + s.effectiveExec().strip() + " " + FLAG + "\n";
        List<String> createdDirs = missingDirs(m);
        List<PlannedStep> steps = new ArrayList<>();
        steps.add(new PlannedStep(Step.fileChange("write-drop-in", t.get("precheck.step.writeDropIn", DROP_IN), DROP_IN,
                        UnifiedDiff.of(DROP_IN, null, content))
                .runBy(m.writeArgv(DROP_IN)).withPrivilege(m.changesNeedRoot()).withNote(t.get("precheck.step.writeDropIn.note", FLAG)),
                log -> m.write(DROP_IN, content),
                log -> m.remove(DROP_IN, createdDirs), PlannedStep.Resettle.NO));
        steps.add(reloadStep(m));
        steps.add(restartStep(m));
        List<String> warnings = new ArrayList<>(restartWarnings(m));
        if ("ubuntu".equals(s.osId()) && s.kernel().map(k -> k.major() == 5 && k.minor() == 15).orElse(false)) {
            warnings.add(t.get("precheck.warn.ubuntu515"));
        }
        if (s.sysboxVersion().map(v -> v.compareTo(new KernelVersion(0, 6, 7)) < 0).orElse(false)) {
            warnings.add(t.get("precheck.warn.oldSysbox", s.sysboxVersion().get()));
        }
        String explanation = t.get("precheck.explanation", m.label(), s.release(), FLAG);
        Snapshot before = s;
        ObservedState observed = Rediagnosis.add(env, m.distroName(), s.state());
        return new PlanOrRefusal.Ready(RemedyPlan.builder(t, RemedyId.PRECHECK_OVERRIDE).title(t.get("precheck.title"))
                .explanation(explanation).warnings(warnings).steps(steps)
                .observed(observed, () -> Rediagnosis.add(env, m.distroName(), snapshot(m).state()))
                .goal(t.get("precheck.goal"), after -> restarted(before, after)
                        && after.precheck().map(p -> p.run() == PrecheckRun.SKIPPED
                                && SysboxFacts.flagSet(SystemdUnit.argv(p.execStart()), FLAG)).orElse(false)
                        && Rediagnosis.notBroken(after))
                .build().guardedBy(ContainerSafeguard.prepare(env, request, m.distroName(), observed)));
    }

    private PlanOrRefusal revert(Machine m, Snapshot s, RemedyRequest request) throws StepFailedException, InterruptedException {
        if (!s.ourDropIn().isPresent()) {
            return new PlanOrRefusal.Refused(RemedyId.PRECHECK_OVERRIDE,
                    t.get("precheck.revert.nothing", DROP_IN, m.label()));
        }
        Optional<String> priv = m.privilegeProblem();
        if (priv.isPresent()) {
            return new PlanOrRefusal.Refused(RemedyId.PRECHECK_OVERRIDE, priv.get());
        }
        String content = s.ourDropIn().get();
        List<String> emptied = dirsLeftEmpty(m);
        List<PlannedStep> steps = new ArrayList<>();
        steps.add(new PlannedStep(Step.fileChange("remove-drop-in", t.get("precheck.step.removeDropIn", DROP_IN), DROP_IN,
                        UnifiedDiff.of(DROP_IN, content, null))
                .runBy(m.removeArgv(DROP_IN, emptied)).withPrivilege(m.changesNeedRoot())
                .withNote(emptied.isEmpty() ? "" : t.get("precheck.step.removeDropIn.note", String.join(", ", emptied))),
                log -> m.remove(DROP_IN, emptied),
                log -> m.write(DROP_IN, content), PlannedStep.Resettle.NO));
        steps.add(reloadStep(m));
        steps.add(restartStep(m));
        Snapshot before = s;
        ObservedState observed = Rediagnosis.add(env, m.distroName(), s.state());
        return new PlanOrRefusal.Ready(RemedyPlan.builder(t, RemedyId.PRECHECK_OVERRIDE).title(t.get("precheck.revert.title"))
                .explanation(t.get("precheck.revert.explanation")).warnings(restartWarnings(m)).steps(steps)
                .observed(observed, () -> Rediagnosis.add(env, m.distroName(), snapshot(m).state()))
                .goal(t.get("precheck.revert.goal"), after -> restarted(before, after)
                        && after.precheck().map(p -> !p.ourDropIn() && p.run() != PrecheckRun.SKIPPED).orElse(false))
                .build().guardedBy(ContainerSafeguard.prepare(env, request, m.distroName(), observed)));
    }

    /** The drop-in folder and its parents below /etc that do not exist yet, deepest first. */
    private static List<String> missingDirs(Machine m) throws StepFailedException, InterruptedException {
        List<String> out = new ArrayList<>();
        for (String d = DROP_IN_DIR; !d.equals("/etc") && !m.isDirectory(d); d = d.substring(0, d.lastIndexOf('/'))) {
            out.add(d);
        }
        return out;
    }

    /** The drop-in folder and its parents below /etc that hold nothing but the way down to our drop-in. */
    private static List<String> dirsLeftEmpty(Machine m) throws StepFailedException, InterruptedException {
        List<String> out = new ArrayList<>();
        String child = DROP_IN_NAME;
        for (String d = DROP_IN_DIR; !d.equals("/etc"); d = d.substring(0, d.lastIndexOf('/'))) {
            if (!m.list(d).equals(List.of(child))) {
                break;
            }
            out.add(d);
            child = d.substring(d.lastIndexOf('/') + 1);
        }
        return out;
    }

    private Optional<String> refusal(Machine m, Snapshot s) {
        if (!s.installed()) {
            return Optional.of(t.get("precheck.refuse.notInstalled", m.label()));
        }
        if (!s.systemd()) {
            return Optional.of(t.get("precheck.refuse.noSystemd", m.label()));
        }
        if (s.kernel().map(k -> k.atLeast(5, 19)).orElse(false)) {
            return Optional.of(t.get("precheck.refuse.newKernel", s.release()));
        }
        if (!s.shiftfsLoaded()) {
            return Optional.of(t.get("precheck.refuse.noShiftfs", m.label()));
        }
        Optional<KernelVersion> sysbox = s.sysboxVersion();
        if (sysbox.isPresent() && sysbox.get().compareTo(new KernelVersion(0, 6, 2)) < 0) {
            return Optional.of(t.get("precheck.refuse.sysboxTooOld", sysbox.get(), FLAG));
        }
        if (s.hasFlag("--disable-shiftfs")) {
            return Optional.of(t.get("precheck.refuse.shiftfsDisabled", s.effectiveExec()));
        }
        if (s.hasFlag(FLAG)) {
            return Optional.of(t.get("precheck.refuse.already", FLAG, s.effectiveExec()));
        }
        if (s.effectiveExec().isBlank()) {
            return Optional.of(t.get("precheck.refuse.noExecStart", s.unitPath()));
        }
        for (SystemdUnit.UnitFile f : s.unitFiles().subList(1, s.unitFiles().size())) {
            String name = f.path().substring(f.path().lastIndexOf('/') + 1);
            if (name.compareTo(DROP_IN_NAME) > 0 && SystemdUnit.setsExecStart(f.content())) {
                return Optional.of(t.get("precheck.refuse.laterDropIn", name, DROP_IN_NAME, FLAG));
            }
        }
        return m.privilegeProblem();
    }

    private static boolean restarted(Snapshot before, ObservedState after) {
        int n = after.precheck().map(PrecheckObservation::startBlocks).orElse(0);
        Optional<String> last = after.precheck().flatMap(PrecheckObservation::lastStart);
        return n > before.startBlocks() || !last.equals(before.newest().map(MgrJournal.StartBlock::startLine));
    }

    private PlannedStep reloadStep(Machine m) {
        List<String> cmd = List.of("systemctl", "daemon-reload");
        return new PlannedStep(Step.command("daemon-reload", t.get("precheck.step.reload"), m.shownArgv(cmd, true))
                .withPrivilege(m.changesNeedRoot()),
                log -> m.runOk(cmd, true, env.commandTimeout()), null, PlannedStep.Resettle.IF_STARTED);
    }

    private PlannedStep restartStep(Machine m) {
        List<String> cmd = List.of("systemctl", "restart", "sysbox");
        return new PlannedStep(Step.command("restart-sysbox", t.get("precheck.step.restart"), m.shownArgv(cmd, true))
                .withPrivilege(m.changesNeedRoot()).withNote(t.get("precheck.step.restart.note")),
                log -> m.runOk(cmd, true, RESTART_TIMEOUT), null, PlannedStep.Resettle.IF_STARTED).stoppingSysbox();
    }

    private List<String> restartWarnings(Machine m) throws InterruptedException {
        if (env.guards() != null) {
            // The plan's safeguard lists the containers (and saves them) from the engine itself.
            return List.of(t.get("precheck.warn.restartGuarded", m.label()));
        }
        List<String> containers = RunningContainers.describe(m, true);
        List<String> w = new ArrayList<>();
        if (containers.isEmpty()) {
            w.add(m.texts().get("precheck.warn.restartNone", m.label()));
        } else if (containers.get(0).startsWith("(")) {
            w.add(m.texts().get("precheck.warn.restartUnknown", m.label(), containers.get(0)));
        } else {
            w.add(m.texts().get("precheck.warn.restartThese", m.label(), String.join(", ", containers)));
        }
        return w;
    }
}
