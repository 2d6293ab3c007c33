package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.inspect.MachineAddress;
import dev.sysboxdoctor.diagnose.CommitRisk;
import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.testbed.TreeHash;
import static dev.sysboxdoctor.remedy.Plans.ready;
import static dev.sysboxdoctor.remedy.Plans.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WSL kernel remedies through the fake wsl.exe: update, unpin, repoint, revert, failures, refusals. */
class WslKernelRemedyTest {
    @TempDir Path tmp;

    private Path distroRoot;
    private FakeWsl wsl;

    /** Windows with a running Ubuntu on the given fixture; --update installs a 6.6 kernel that boots after --shutdown. */
    private FakeWsl windows(FixtureMachine machine) {
        distroRoot = machine.write();
        FixtureOverrides.docker(distroRoot, "web sysbox-runc", "db runc");
        wsl = FixtureOverrides.upgradableWindows(tmp.resolve("wsl"), distroRoot,
                "  NAME      STATE           VERSION\n* Ubuntu    Running         2\n  Debian    Stopped         2\n");
        return wsl;
    }

    private Remedies remedies(Path wslConfig) {
        return new Remedies(RemedyEnvironment.local(new PathFirstRunner()).at(MachineAddress.THIS_MACHINE.withWslExe(wsl.exe()).withWslConfig(wslConfig))
                .withEscalation(Escalation.NONE));
    }

    private List<String> stateChangingCalls() {
        return wsl.calls().stream().filter(c -> c.contains("--update") || c.contains("--shutdown")).toList();
    }

    @Test
    void aStockKernelIsUpdatedThenTheVmRestartsAndTheNewKernelIsVerified() {
        windows(FixtureMachine.wsl2Kernel515WithSysbox(tmp.resolve("ubuntu")));
        RemedyPlan plan = ready(remedies(tmp.resolve("home/.wslconfig")).planWslKernel(RemedyRequest.DEFAULT));

        assertThat(plan.id()).isEqualTo(RemedyId.WSL_KERNEL_UPGRADE);
        assertThat(plan.steps()).extracting(Step::argv).containsExactly(
                List.of(wsl.exe().toString(), "--update"), List.of(wsl.exe().toString(), "--shutdown"));
        assertThat(plan.steps().get(0).privileged()).isTrue();
        assertThat(plan.steps().get(0).note()).contains("UAC");
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).contains("stops every WSL distro", "Ubuntu", "web (sysbox-runc)", "db (runc)"));
        assertThat(plan.before().fact("kernel")).isEqualTo("5.15.153.1-microsoft-standard-WSL2");
        assertThat(stateChangingCalls()).as("planning runs nothing that changes state").isEmpty();

        ApplyResult r = plan.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken());
        assertThat(r.outcome()).as(r.message()).isEqualTo(ApplyResult.Outcome.DONE);
        assertThat(stateChangingCalls()).containsExactly("--update", "--shutdown");
        Verification v = plan.verify();
        assertThat(v.fixed()).as(v.explanation()).isTrue();
        assertThat(v.before().fact("kernel")).startsWith("5.15.153.1");
        assertThat(v.after().fact("kernel")).isEqualTo(FixtureOverrides.NEW_KERNEL);
        assertThat(v.after().fact("wslKernelPackage")).isEqualTo("6.6.87.2-1");
        assertThat(v.before().commitRisk()).contains(CommitRisk.BROKEN);
        assertThat(v.after().diagnosedMode()).contains(SysboxMode.IDMAPPED);
        assertThat(v.after().commitRisk()).contains(CommitRisk.SAFE);
        assertThat(plan.canUndo()).as("wsl --update cannot be undone").isFalse();
        assertThat(tmp.resolve("home/.wslconfig")).as("no .wslconfig is created").doesNotExist();
    }

    @Test
    void aDeclinedUacPromptFailsTheStepAndNothingShutsDown() {
        windows(FixtureMachine.wsl2Kernel515WithSysbox(tmp.resolve("ubuntu")))
                .answer("update", "Checking for updates.\nUpdating Windows Subsystem for Linux to version: 2.0.1.\n"
                        + "Update failed (exit code: 1603).\nLog file: C:\\Users\\testbot\\AppData\\Local\\Temp\\wsl-install-logs.txt\n"
                        + "Error code: Wsl/UpdatePackage/E_ABORT\n", -1);
        RemedyPlan plan = ready(remedies(null).plan(RemedyId.WSL_KERNEL_UPGRADE));
        ApplyResult r = plan.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken());
        assertThat(r.outcome()).isEqualTo(ApplyResult.Outcome.FAILED_ROLLED_BACK);
        assertThat(r.message()).contains("declined", "UAC", "1603", "Wsl/UpdatePackage/E_ABORT");
        assertThat(stateChangingCalls()).containsExactly("--update");
    }

    @Test
    void noNetworkIsSaidPlainly() {
        windows(FixtureMachine.wsl2Kernel515WithSysbox(tmp.resolve("ubuntu")))
                .answer("update", "Checking for updates.\nThe server name or address could not be resolved\n"
                        + "Error code: Wsl/UpdatePackage/WININET_E_NAME_NOT_RESOLVED\n", -1);
        ApplyResult r = ready(remedies(null).plan(RemedyId.WSL_KERNEL_UPGRADE)).apply(Consent.GRANTED, PlanListener.NONE, new CancelToken());
        assertThat(r.outcome()).isEqualTo(ApplyResult.Outcome.FAILED_ROLLED_BACK);
        assertThat(r.message()).contains("no network");
    }

    @Test
    void alreadyInstalledButStillOldIsReportedAsNotFixed() {
        windows(FixtureMachine.wsl2Kernel515WithSysbox(tmp.resolve("ubuntu")))
                .answer("update", "Checking for updates.\nThe most recent version of Windows Subsystem for Linux is already installed.\n")
                .onCall("update", "true");
        RemedyPlan plan = ready(remedies(null).plan(RemedyId.WSL_KERNEL_UPGRADE));
        java.util.List<String> log = new java.util.ArrayList<>();
        ApplyResult r = plan.apply(Consent.GRANTED, new PlanListener() {
            @Override
            public void log(String line) {
                log.add(line);
            }
        }, new CancelToken());
        assertThat(r.done()).isTrue();
        assertThat(log).contains("WSL is already the newest version.");
        Verification v = plan.verify();
        assertThat(v.fixed()).isFalse();
        assertThat(v.explanation()).contains("The problem remains", "5.19 or newer");
        assertThat(v.after().summary()).contains("5.15.153.1", "below 5.19");
    }

    @Test
    void refusesWhenTheKernelIsAlreadyNewEnoughAndWhenAskedToUndoAnUpdate() {
        windows(FixtureMachine.wsl2Kernel66WithSysbox(tmp.resolve("ubuntu"))).answer("version", FixtureOverrides.VERSION_66);
        assertThat(refused(remedies(null).plan(RemedyId.WSL_KERNEL_UPGRADE))).contains("Nothing to do", FixtureOverrides.NEW_KERNEL);
        assertThat(refused(remedies(null).plan(RemedyId.WSL_KERNEL_UPGRADE, RemedyRequest.REVERT))).contains("cannot be undone");
    }

    @Test
    void aPinnedKernelIsCommentedOutInAUtf16FileThenRevertedByteExact() throws IOException {
        windows(FixtureMachine.wsl2Kernel515WithSysbox(tmp.resolve("ubuntu")));
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path cfg = home.resolve(".wslconfig");
        byte[] original = utf16WithBom("# mine\r\n[wsl2]\r\nmemory=8GB\r\nkernel=C:\\\\k\\\\bzImage\r\n[experimental]\r\nsparseVhd=true\r\n");
        Files.write(cfg, original);
        String pristine = TreeHash.of(home);
        // The stock kernel WSL boots once the pin is gone is already 6.6.
        wsl.onCall("shutdown", FixtureOverrides.boot(distroRoot, FixtureOverrides.NEW_KERNEL));

        RemedyPlan plan = ready(remedies(cfg).planWslKernel(RemedyRequest.DEFAULT));
        assertThat(plan.id()).isEqualTo(RemedyId.WSL_KERNEL_UNPIN);
        assertThat(plan.explanation()).contains("never changes a pinned kernel");
        assertThat(plan.steps().get(0).diff()).contains("-kernel=C:\\\\k\\\\bzImage", "+# sysbox-doctor: kernel=C:\\\\k\\\\bzImage", " memory=8GB");
        assertThat(TreeHash.of(home)).isEqualTo(pristine);

        assertThat(plan.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken()).done()).isTrue();
        assertThat(Files.readAllBytes(cfg)).isEqualTo(utf16WithBom(
                "# mine\r\n[wsl2]\r\nmemory=8GB\r\n# sysbox-doctor: kernel=C:\\\\k\\\\bzImage\r\n[experimental]\r\nsparseVhd=true\r\n"));
        assertThat(Files.readAllBytes(home.resolve(".wslconfig.sysbox-doctor.bak"))).isEqualTo(original);
        Verification v = plan.verify();
        assertThat(v.fixed()).as(v.explanation()).isTrue();
        assertThat(v.before().pinnedKernel()).contains("C:\\k\\bzImage");
        assertThat(v.after().pinnedKernel()).isEmpty();
        assertThat(v.after().fact("kernel")).isEqualTo(FixtureOverrides.NEW_KERNEL);

        RemedyPlan revert = ready(remedies(cfg).planWslKernel(RemedyRequest.REVERT));
        assertThat(revert.steps().get(0).diff()).contains("+kernel=C:\\\\k\\\\bzImage");
        assertThat(revert.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken()).done()).isTrue();
        assertThat(revert.verify().fixed()).isTrue();
        assertThat(Files.readAllBytes(cfg)).isEqualTo(original);
        assertThat(TreeHash.of(home)).isEqualTo(pristine);
    }

    @Test
    void aFailingShutdownRollsTheEditBackExactly() throws IOException {
        windows(FixtureMachine.wsl2Kernel515WithSysbox(tmp.resolve("ubuntu")))
                .answer("shutdown", "The service cannot be started.\nError code: Wsl/Service/E_FAIL\n", -1);
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path cfg = home.resolve(".wslconfig");
        Files.writeString(cfg, "[wsl2]\nkernel=C:\\\\k\\\\bzImage\n");
        String pristine = TreeHash.of(home);
        ApplyResult r = ready(remedies(cfg).planWslKernel(RemedyRequest.DEFAULT)).apply(Consent.GRANTED, PlanListener.NONE, new CancelToken());
        assertThat(r.outcome()).as(r.message()).isEqualTo(ApplyResult.Outcome.FAILED_ROLLED_BACK);
        assertThat(r.message()).contains("wsl --shutdown failed", "Wsl/Service/E_FAIL");
        assertThat(TreeHash.of(home)).as("file restored, backup removed").isEqualTo(pristine);
        assertThat(stateChangingCalls()).containsExactly("--shutdown");
    }

    @Test
    void theKernelCanBePointedAtAnotherFileEvenWithoutAWsl2Section() throws IOException {
        windows(FixtureMachine.wsl2Kernel515WithSysbox(tmp.resolve("ubuntu")));
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path cfg = home.resolve(".wslconfig");
        Files.writeString(cfg, "[experimental]\nautoMemoryReclaim=gradual\n");
        wsl.onCall("shutdown", FixtureOverrides.boot(distroRoot, "6.6.36.6-custom"));
        RemedyPlan plan = ready(remedies(cfg).plan(RemedyId.WSL_KERNEL_UNPIN, RemedyRequest.pointKernelAt("C:\\kernels\\bzImage-6.6")));
        assertThat(plan.steps().get(0).diff()).contains("+[wsl2]\n+kernel=C:\\\\kernels\\\\bzImage-6.6\n");
        assertThat(plan.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken()).done()).isTrue();
        assertThat(Files.readString(cfg)).isEqualTo("[experimental]\nautoMemoryReclaim=gradual\n[wsl2]\nkernel=C:\\\\kernels\\\\bzImage-6.6\n");
        Verification v = plan.verify();
        assertThat(v.fixed()).as(v.explanation()).isTrue();
        assertThat(v.after().pinnedKernel()).contains("C:\\kernels\\bzImage-6.6");
        assertThat(plan.undo(PlanListener.NONE, new CancelToken()).done()).isTrue();
        assertThat(Files.readString(cfg)).isEqualTo("[experimental]\nautoMemoryReclaim=gradual\n");
        assertThat(home.resolve(".wslconfig.sysbox-doctor.bak")).doesNotExist();
    }

    @Test
    void wslconfigRefusals() throws IOException {
        windows(FixtureMachine.wsl2Kernel515WithSysbox(tmp.resolve("ubuntu")));
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path cfg = home.resolve(".wslconfig");
        assertThat(refused(remedies(cfg).plan(RemedyId.WSL_KERNEL_UNPIN))).contains("none is created just to be left empty");
        assertThat(cfg).doesNotExist();

        Files.writeString(cfg, "[wsl2]\nmemory=4GB\n");
        assertThat(refused(remedies(cfg).plan(RemedyId.WSL_KERNEL_UNPIN))).contains("No custom kernel is pinned");
        assertThat(ready(remedies(cfg).planWslKernel(RemedyRequest.DEFAULT)).id()).as("no pin: update instead")
                .isEqualTo(RemedyId.WSL_KERNEL_UPGRADE);

        Files.writeString(cfg, "[wsl2]\nkernel=C:\\\\k\\\\bzImage\n");
        Files.setPosixFilePermissions(cfg, PosixFilePermissions.fromString("r--r--r--"));
        assertThat(refused(remedies(cfg).planWslKernel(RemedyRequest.DEFAULT))).contains("read-only");
        assertThat(refused(remedies(cfg).plan(RemedyId.WSL_KERNEL_UPGRADE))).contains("wsl --update does not change it");
        assertThat(refused(remedies(cfg).plan(RemedyId.WSL_KERNEL_UNPIN, RemedyRequest.REVERT))).contains("Nothing to revert");
    }

    @Test
    void fromInsideWslTheSameRemedyRunsThroughInteropAndWarnsThatTheSessionEnds() {
        // The fixture is this distro (--root); wsl.exe comes from PATH, as interop provides it.
        windows(FixtureMachine.wsl2Kernel515WithSysbox(tmp.resolve("ubuntu")));
        Remedies remedies = new Remedies(RemedyEnvironment.local(new PathFirstRunner(wsl.dir())).at(MachineAddress.THIS_MACHINE.withRoot(distroRoot).withWslConfig(distroRoot.resolve("mnt/c/Users/me/.wslconfig")))
                .withEscalation(Escalation.NONE));
        RemedyPlan plan = ready(remedies.planWslKernel(RemedyRequest.DEFAULT));
        assertThat(plan.steps()).extracting(Step::argv).containsExactly(List.of("wsl.exe", "--update"), List.of("wsl.exe", "--shutdown"));
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).contains("ends this session"));
        assertThat(plan.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken()).done()).isTrue();
        Verification v = plan.verify();
        assertThat(v.fixed()).as(v.explanation()).isTrue();
        assertThat(v.after().fact("kernel")).isEqualTo(FixtureOverrides.NEW_KERNEL);
    }

    @Test
    void thePrecheckOverrideRunsInADistroThroughWslExeAsRoot() {
        windows(FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("ubuntu")));
        String pristine = TreeHash.of(distroRoot, PrecheckRemedyTest.RUNTIME);
        Remedies remedies = remedies(null);
        RemedyPlan plan = ready(remedies.plan(RemedyId.PRECHECK_OVERRIDE));
        String exe = wsl.exe().toString();
        assertThat(plan.steps().get(2).argv()).containsExactly(exe, "-d", "Ubuntu", "-u", "root", "-e", "systemctl", "restart", "sysbox");
        assertThat(plan.steps().get(0).argv()).startsWith(exe, "-d", "Ubuntu", "-u", "root", "-e", "sh", "-c", Machine.WRITE, "sh",
                "/etc/systemd/system/sysbox-mgr.service.d/zz-sysbox-doctor-precheck.conf");
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).contains("these running Sysbox containers", "web").doesNotContain("db"));
        assertThat(plan.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken()).done()).isTrue();
        Verification v = plan.verify();
        assertThat(v.fixed()).as(v.explanation()).isTrue();
        assertThat(v.after().fact("mode")).isEqualTo("SHIFTFS");
        assertThat(ready(remedies.plan(RemedyId.PRECHECK_OVERRIDE, RemedyRequest.REVERT))
                .apply(Consent.GRANTED, PlanListener.NONE, new CancelToken()).done()).isTrue();
        assertThat(TreeHash.of(distroRoot, PrecheckRemedyTest.RUNTIME)).isEqualTo(pristine);
    }

    static byte[] utf16WithBom(String text) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        b.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        return b.toByteArray();
    }
}
