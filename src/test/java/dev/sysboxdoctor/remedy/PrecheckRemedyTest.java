package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.inspect.MachineAddress;
import dev.sysboxdoctor.diagnose.CommitRisk;
import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.inspect.InspectOptions;
import dev.sysboxdoctor.inspect.InspectionListener;
import dev.sysboxdoctor.inspect.Inspector;
import dev.sysboxdoctor.inspect.SysboxFacts;
import dev.sysboxdoctor.testbed.TreeHash;
import static dev.sysboxdoctor.remedy.Plans.ready;
import static dev.sysboxdoctor.remedy.Plans.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.FixtureMachine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The precheck override on fixture machine roots (local, --root): plan, apply, verify, undo, refusals. */
class PrecheckRemedyTest {
    /** Runtime records the fake systemctl appends to on every call; not configuration. */
    static final String[] RUNTIME = {"var/log/fixture", "proc/" + FixtureMachine.MGR_PID};
    static final String DROP_IN = "etc/systemd/system/sysbox-mgr.service.d/zz-sysbox-doctor-precheck.conf";

    @TempDir Path tmp;

    private Path root;
    private PathFirstRunner runner;

    private Remedies remedies(FixtureMachine machine, Path... before) {
        root = machine.write();
        List<Path> dirs = new ArrayList<>(List.of(before));
        dirs.add(root.resolve("bin"));
        dirs.add(root.resolve("usr/bin"));
        runner = new PathFirstRunner(dirs.toArray(Path[]::new));
        return new Remedies(RemedyEnvironment.local(runner).at(MachineAddress.THIS_MACHINE.withRoot(root)).withEscalation(Escalation.NONE));
    }

    /** The fake systemctl's calls that change state (queries such as show/cat are left out). */
    private List<String> systemctlCalls() throws IOException {
        return stateChangingSystemctlCalls(root);
    }

    static List<String> stateChangingSystemctlCalls(Path root) throws IOException {
        Path log = root.resolve("var/log/fixture/systemctl.log");
        return !Files.exists(log) ? List.of() : Files.readAllLines(log).stream()
                .filter(l -> !l.matches("(show|cat|is-active|is-enabled|is-system-running|status)( .*)?")).toList();
    }

    @Test
    void previewShowsTheDropInDiffAndEveryCommandAndBuildingItChangesNothing() throws IOException {
        Remedies r = remedies(FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m")));
        String before = TreeHash.of(root, RUNTIME);
        RemedyPlan plan = ready(r.plan(RemedyId.PRECHECK_OVERRIDE));

        assertThat(plan.steps()).extracting(Step::id).containsExactly("write-drop-in", "daemon-reload", "restart-sysbox");
        assertThat(plan.steps().get(0).diff()).contains("+++ b/etc/systemd/system/sysbox-mgr.service.d/zz-sysbox-doctor-precheck.conf",
                "+[Service]", "+ExecStart=\n", "+ExecStart=/usr/bin/sysbox-mgr --disable-shiftfs-precheck");
        assertThat(plan.steps().get(1).argv()).containsExactly("systemctl", "daemon-reload");
        assertThat(plan.steps().get(2).argv()).containsExactly("systemctl", "restart", "sysbox");
        assertThat(plan.preview()).contains("$ systemctl restart sysbox", "Sysbox issues #596 and #608",
                "stops every running Sysbox container");
        assertThat(plan.before().fact("mode")).isEqualTo("ROOTFS_CLONING");
        assertThat(plan.before().fact("precheck")).isEqualTo("runs");

        assertThat(TreeHash.of(root, RUNTIME)).as("planning reads only").isEqualTo(before);
        assertThat(systemctlCalls()).isEmpty();
        assertThat(runner.ran).noneMatch(argv -> argv.get(0).equals("systemctl") && !argv.get(1).equals("show"));
    }

    @Test
    void applyThenVerifyShowsShiftfsInUseAndKeepsExistingFlags() throws IOException {
        Remedies r = remedies(FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m"))
                .mgrDropIn("10-data-root.conf", "[Service]\nExecStart=\nExecStart=/usr/bin/sysbox-mgr --data-root /srv/sysbox\n"));
        RemedyPlan plan = ready(r.plan(RemedyId.PRECHECK_OVERRIDE));
        List<String> log = new ArrayList<>();

        ApplyResult result = plan.apply(Consent.GRANTED, new PlanListener() {
            @Override
            public void log(String line) {
                log.add(line);
            }
        }, new CancelToken());
        assertThat(result.outcome()).as(result.message()).isEqualTo(ApplyResult.Outcome.DONE);
        assertThat(log).contains("$ systemctl daemon-reload", "$ systemctl restart sysbox");

        Verification v = plan.verify();
        assertThat(v.fixed()).as(v.explanation()).isTrue();
        assertThat(v.before().fact("mode")).isEqualTo("ROOTFS_CLONING");
        assertThat(v.after().fact("mode")).isEqualTo("SHIFTFS");
        assertThat(v.after().fact("precheck")).isEqualTo("skipped");
        assertThat(v.before().commitRisk()).as("the full diagnosis before").contains(CommitRisk.BROKEN);
        assertThat(v.after().diagnosedMode()).contains(SysboxMode.SHIFTFS);
        assertThat(v.after().commitRisk()).as("and after").contains(CommitRisk.SAFE);
        assertThat(Files.readString(root.resolve(DROP_IN)))
                .contains("ExecStart=\nExecStart=/usr/bin/sysbox-mgr --data-root /srv/sysbox --disable-shiftfs-precheck\n");
        assertThat(Files.readString(root.resolve("proc/4242/cmdline")))
                .isEqualTo("/usr/bin/sysbox-mgr\0--data-root\0/srv/sysbox\0--disable-shiftfs-precheck\0");
        assertThat(systemctlCalls()).containsExactly("daemon-reload", "restart sysbox");
        assertThat(Files.readString(root.resolve("lib/systemd/system/sysbox-mgr.service")))
                .as("the packaged unit is never edited").contains("ExecStart=/usr/bin/sysbox-mgr\n");
    }

    @Test
    void undoAndRevertRestoreTheTreeByteExact() throws IOException {
        Remedies r = remedies(FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m")));
        String pristine = TreeHash.of(root, RUNTIME);

        RemedyPlan plan = ready(r.plan(RemedyId.PRECHECK_OVERRIDE));
        assertThat(plan.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken()).done()).isTrue();
        assertThat(TreeHash.of(root, RUNTIME)).isNotEqualTo(pristine);
        assertThat(plan.canUndo()).isTrue();
        assertThat(plan.undo(PlanListener.NONE, new CancelToken()).done()).isTrue();
        assertThat(TreeHash.of(root, RUNTIME)).as("in-process undo").isEqualTo(pristine);
        assertThat(root.resolve("etc/systemd/system/sysbox-mgr.service.d")).doesNotExist();

        // A later run: apply, then --revert from a fresh plan.
        assertThat(ready(r.plan(RemedyId.PRECHECK_OVERRIDE)).apply(Consent.GRANTED, PlanListener.NONE, new CancelToken()).done()).isTrue();
        RemedyPlan revert = ready(r.plan(RemedyId.PRECHECK_OVERRIDE, RemedyRequest.REVERT));
        assertThat(revert.steps().get(0).diff()).contains("--- a/" + DROP_IN, "+++ /dev/null", "-ExecStart=");
        assertThat(revert.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken()).done()).isTrue();
        Verification v = revert.verify();
        assertThat(v.fixed()).as(v.explanation()).isTrue();
        assertThat(v.after().fact("precheck")).isEqualTo("runs");
        assertThat(TreeHash.of(root, RUNTIME)).as("--revert").isEqualTo(pristine);
    }

    @Test
    void anExistingDropInDirectoryIsKeptOnRevert() throws IOException {
        Remedies r = remedies(FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m"))
                .mgrDropIn("10-log.conf", "[Service]\nEnvironment=X=1\n"));
        String pristine = TreeHash.of(root, RUNTIME);
        RemedyPlan plan = ready(r.plan(RemedyId.PRECHECK_OVERRIDE));
        assertThat(plan.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken()).done()).isTrue();
        assertThat(ready(r.plan(RemedyId.PRECHECK_OVERRIDE, RemedyRequest.REVERT))
                .apply(Consent.GRANTED, PlanListener.NONE, new CancelToken()).done()).isTrue();
        assertThat(root.resolve("etc/systemd/system/sysbox-mgr.service.d/10-log.conf")).exists();
        assertThat(TreeHash.of(root, RUNTIME)).isEqualTo(pristine);
    }

    @Test
    void withoutConsentNothingRuns() throws IOException {
        Remedies r = remedies(FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m")));
        String pristine = TreeHash.of(root, RUNTIME);
        ApplyResult result = ready(r.plan(RemedyId.PRECHECK_OVERRIDE)).apply(Consent.DENIED, PlanListener.NONE, new CancelToken());
        assertThat(result.outcome()).isEqualTo(ApplyResult.Outcome.NO_CONSENT);
        assertThat(TreeHash.of(root, RUNTIME)).isEqualTo(pristine);
        assertThat(systemctlCalls()).isEmpty();
    }

    @Test
    void aRestartFailingMidPlanRollsBackAndRestartsWithTheOldFlags() throws IOException {
        Path override = tmp.resolve("override");
        Remedies r = remedies(FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m")), override);
        FixtureOverrides.systemctlFailingOnce(override, root, "restart");
        String pristine = TreeHash.of(root, RUNTIME);

        RemedyPlan plan = ready(r.plan(RemedyId.PRECHECK_OVERRIDE));
        ApplyResult result = plan.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken());

        assertThat(result.outcome()).as(result.message()).isEqualTo(ApplyResult.Outcome.FAILED_ROLLED_BACK);
        assertThat(result.message()).contains("Restart Sysbox", "failed", "Transaction for sysbox.service/restart is destructive");
        assertThat(result.steps()).extracting(StepReport::status)
                .containsExactly(StepStatus.ROLLED_BACK, StepStatus.DONE, StepStatus.FAILED);
        assertThat(TreeHash.of(root, RUNTIME)).isEqualTo(pristine);
        // After the rollback systemd re-read the units and sysbox-mgr started again without the flag.
        assertThat(systemctlCalls()).containsExactly("daemon-reload", "daemon-reload", "restart sysbox");
        assertThat(Files.readString(root.resolve("proc/4242/cmdline"))).isEqualTo("/usr/bin/sysbox-mgr\0");
    }

    @Test
    void aCancelBeforeTheFirstStepChangesNothing() throws IOException {
        Remedies r = remedies(FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m")));
        String pristine = TreeHash.of(root, RUNTIME);
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        ApplyResult result = ready(r.plan(RemedyId.PRECHECK_OVERRIDE)).apply(Consent.GRANTED, PlanListener.NONE, cancel);
        assertThat(result.outcome()).isEqualTo(ApplyResult.Outcome.CANCELLED_ROLLED_BACK);
        assertThat(TreeHash.of(root, RUNTIME)).isEqualTo(pristine);
        assertThat(systemctlCalls()).isEmpty();
    }

    @Test
    void aRestartThatDidNotHappenIsNotVerified() {
        Path override = tmp.resolve("override");
        Remedies r = remedies(FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m")), override);
        FixtureOverrides.systemctlIgnoring(override, root, "restart");
        RemedyPlan plan = ready(r.plan(RemedyId.PRECHECK_OVERRIDE));
        assertThat(plan.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken()).done()).isTrue();
        Verification v = plan.verify();
        assertThat(v.fixed()).isFalse();
        assertThat(v.after().fact("precheck")).isEqualTo("runs");
    }

    @Test
    void refusesWhenShiftfsIsNotLoaded() {
        Remedies r = remedies(FixtureMachine.at(tmp.resolve("m")).kernel("5.15.0-138-generic").ubuntu("22.04")
                .shiftfs(FixtureMachine.Shiftfs.AVAILABLE).sysbox("0.6.6"));
        assertThat(refused(r.plan(RemedyId.PRECHECK_OVERRIDE))).contains("shiftfs is not loaded", "modprobe shiftfs");
    }

    @Test
    void refusesWhenTheKernelAlreadyDoesOverlayOnIdMappedMounts() {
        Remedies r = remedies(FixtureMachine.debian61WithSysbox(tmp.resolve("m")).shiftfs(FixtureMachine.Shiftfs.LOADED));
        assertThat(refused(r.plan(RemedyId.PRECHECK_OVERRIDE))).contains("Pointless", "6.1.0-26-amd64", "5.19");
    }

    @Test
    void refusesWhenTheOverrideIsAlreadyThere() {
        Remedies r = remedies(FixtureMachine.ubuntu515ShiftfsOverride(tmp.resolve("m")));
        assertThat(refused(r.plan(RemedyId.PRECHECK_OVERRIDE))).contains("already runs with --disable-shiftfs-precheck");
    }

    @Test
    void refusesWhenShiftfsIsDisabledOrSysboxMissingOrNothingToRevert() {
        Remedies disabled = remedies(FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("a"))
                .mgrDropIn("override.conf", "[Service]\nExecStart=\nExecStart=/usr/bin/sysbox-mgr --disable-shiftfs\n"));
        assertThat(refused(disabled.plan(RemedyId.PRECHECK_OVERRIDE))).contains("--disable-shiftfs");
        Remedies none = remedies(FixtureMachine.at(tmp.resolve("b")).kernel("5.15.0-138-generic").ubuntu("22.04")
                .shiftfs(FixtureMachine.Shiftfs.LOADED));
        assertThat(refused(none.plan(RemedyId.PRECHECK_OVERRIDE))).contains("Sysbox is not installed");
        Remedies clean = remedies(FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("c")));
        assertThat(refused(clean.plan(RemedyId.PRECHECK_OVERRIDE, RemedyRequest.REVERT))).contains("Nothing to revert");
    }

    @Test
    void refusesOnASysboxTooOldForTheFlagAndWarnsBefore067() {
        Remedies old = remedies(FixtureMachine.at(tmp.resolve("a")).kernel("5.15.0-138-generic").ubuntu("22.04")
                .shiftfs(FixtureMachine.Shiftfs.LOADED).shiftfsPrecheckFails().sysbox("0.6.1"));
        assertThat(refused(old.plan(RemedyId.PRECHECK_OVERRIDE))).contains("Sysbox 0.6.1 does not know", "0.6.2");
        Remedies r066 = remedies(FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("b")));
        assertThat(ready(r066.plan(RemedyId.PRECHECK_OVERRIDE)).warnings()).anySatisfy(w -> assertThat(w).contains("#922", "0.6.7"));
    }

    /** Diagnosis and fix read the same unit files: a quoted flag in a drop-in under /usr/local/lib is set for both. */
    @Test
    void aQuotedFlagInAUsrLocalLibDropInIsSeenByTheDiagnosisAndTheFix() throws IOException, InterruptedException {
        Remedies r = remedies(FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m")));
        Path dropIn = root.resolve("usr/local/lib/systemd/system/sysbox-mgr.service.d/30-local.conf");
        Files.createDirectories(dropIn.getParent());
        Files.writeString(dropIn, "[Service]\nExecStart=\nExecStart=/usr/bin/sysbox-mgr \"--disable-shiftfs-precheck\"\n");

        assertThat(refused(r.plan(RemedyId.PRECHECK_OVERRIDE))).contains("already runs with --disable-shiftfs-precheck");
        SysboxFacts diagnosed = new Inspector(runner).inspect(InspectOptions.defaults().at(MachineAddress.THIS_MACHINE.withRoot(root)), InspectionListener.NONE)
                .targets().get(0).sysbox();
        assertThat(diagnosed.unitFiles()).contains("/usr/local/lib/systemd/system/sysbox-mgr.service.d/30-local.conf");
        assertThat(diagnosed.hasFlag("--disable-shiftfs-precheck")).isTrue();
    }

    @Test
    void aLaterDropInSettingExecStartWouldWinSoItIsRefused() {
        Remedies r = remedies(FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m"))
                .mgrDropIn("zzz-local.conf", "[Service]\nExecStart=\nExecStart=/usr/bin/sysbox-mgr --log-level debug\n"));
        assertThat(refused(r.plan(RemedyId.PRECHECK_OVERRIDE))).contains("zzz-local.conf", "sorts after");
    }

    @Test
    void withoutAnyWayToBecomeRootOnTheRealMachineItRefuses() {
        FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m")).write();
        Machine m = Machine.local(RemedyEnvironment.local(new PathFirstRunner())
                .withEscalation(Escalation.unavailable(Escalation.Unavailable.NO_TOOL)));
        assertThat(m.privilegeProblem()).hasValueSatisfying(r -> assertThat(r).startsWith("This needs root: neither pkexec nor sudo is installed."));
        assertThat(m.writeArgv("/etc/x.conf")).isEqualTo(List.of("sh", "-c", Machine.WRITE, "sh", "/etc/x.conf"));
        Machine sudo = Machine.local(RemedyEnvironment.local(new PathFirstRunner()).withEscalation(Escalation.SUDO));
        assertThat(sudo.shownArgv(List.of("systemctl", "daemon-reload"), true))
                .containsExactly("sudo", "-n", "systemctl", "daemon-reload");
        Machine pkexec = Machine.local(RemedyEnvironment.local(new PathFirstRunner()).withEscalation(Escalation.PKEXEC));
        assertThat(pkexec.shownArgv(List.of("systemctl", "restart", "sysbox"), true))
                .containsExactly("pkexec", "systemctl", "restart", "sysbox");
        assertThat(pkexec.shownArgv(List.of("journalctl", "-u", "sysbox-mgr"), false)).containsExactly("journalctl", "-u", "sysbox-mgr");
    }
}
