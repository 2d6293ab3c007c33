package dev.sysboxdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.app.Services;
import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.remedy.PathFirstRunner;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.testbed.TreeHash;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fix precheck|wsl-kernel}: the DESIGN.md exit codes on fixture roots and the fake wsl.exe. */
class FixCommandTest {
    @TempDir Path tmp;
    private String out;
    private String err;

    private int run(CommandRunner runner, String... args) {
        CliRun r = CliRun.of(Services.with(runner), args);
        out = r.out();
        err = r.err();
        return r.exit();
    }

    private static String hash(Path root) {
        return TreeHash.of(root, "var/log/fixture", "proc/4242");
    }

    private Path ubuntu() {
        return FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m")).write();
    }

    @Test
    void precheckDryRunShowsThePlanAndChangesNothing() throws Exception {
        Path root = ubuntu();
        String before = hash(root);
        assertThat(run(new PathFirstRunner(root.resolve("bin")), "fix", "precheck", "--root", root.toString(), "--dry-run")).isZero();
        assertThat(out).contains("+ExecStart=/usr/bin/sysbox-mgr --disable-shiftfs-precheck", "$ systemctl daemon-reload",
                "$ systemctl restart sysbox", "Dry run: nothing was changed.");
        assertThat(hash(root)).isEqualTo(before);
        assertThat(dev.sysboxdoctor.remedy.FixtureLogs.stateChangingSystemctlCalls(root)).isEmpty();
    }

    @Test
    void precheckWithoutConsentIsRefusedThenAppliesVerifiesAndRevertsByteExact() throws Exception {
        Path root = ubuntu();
        CommandRunner runner = new PathFirstRunner(root.resolve("bin"));
        String before = hash(root);
        assertThat(run(runner, "fix", "precheck", "--root", root.toString())).isEqualTo(2);
        assertThat(err).contains("Re-run with --yes");
        assertThat(hash(root)).isEqualTo(before);

        assertThat(run(runner, "fix", "precheck", "--root", root.toString(), "--yes", "--discard-unsaved")).as(out + err).isZero();
        assertThat(out).contains("==> Add the systemd drop-in", "Before: ", "mode ROOTFS_CLONING", "After:  ", "mode SHIFTFS", "Verified");

        assertThat(run(runner, "fix", "precheck", "--root", root.toString(), "--revert", "--yes", "--discard-unsaved")).as(out + err).isZero();
        assertThat(hash(root)).isEqualTo(before);
        assertThat(run(runner, "fix", "precheck", "--root", root.toString(), "--revert", "--yes", "--discard-unsaved")).isEqualTo(2);
        assertThat(err).contains("refused: Nothing to revert");
    }

    @Test
    void precheckRefusalExitsTwoWithTheReason() {
        Path root = FixtureMachine.debian61WithSysbox(tmp.resolve("m")).shiftfs(FixtureMachine.Shiftfs.LOADED).write();
        assertThat(run(new PathFirstRunner(root.resolve("bin")), "fix", "precheck", "--root", root.toString(), "--yes", "--discard-unsaved")).isEqualTo(2);
        assertThat(err).contains("refused: Pointless here");
    }

    @Test
    void aFailedStepExitsThreeAfterRollingBack() throws Exception {
        Path root = ubuntu();
        Files.writeString(root.resolve("var/lib/fixture/fail-restart-sysbox"), "");
        String before = hash(root);
        assertThat(run(new PathFirstRunner(root.resolve("bin")), "fix", "precheck", "--root", root.toString(), "--yes", "--discard-unsaved")).isEqualTo(3);
        assertThat(err).contains("Restart Sysbox through its top-level service failed");
        assertThat(hash(root)).isEqualTo(before);
    }

    @Test
    void aProblemThatRemainsExitsOne() throws Exception {
        Path root = ubuntu();
        Path override = Files.createDirectories(tmp.resolve("override"));
        Path systemctl = override.resolve("systemctl");
        Files.writeString(systemctl, "#!/bin/sh\n[ \"$1\" = restart ] && exit 0\nexec '" + root.resolve("bin/systemctl") + "' \"$@\"\n");
        Files.setPosixFilePermissions(systemctl, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(run(new PathFirstRunner(override, root.resolve("bin")), "fix", "precheck", "--root", root.toString(), "--yes", "--discard-unsaved")).isEqualTo(1);
        assertThat(out).contains("The problem remains");
    }

    @Test
    void wslKernelFromWindowsUpdatesAndVerifiesOrSaysWhyNot() throws Exception {
        Path distro = FixtureMachine.wsl2Kernel515WithSysbox(tmp.resolve("ubuntu")).write();
        Path scen = tmp.resolve("wsl");
        FakeWsl wsl = FakeWsl.create(scen)
                .answer("list-verbose", "  NAME      STATE           VERSION\n* Ubuntu    Stopped         2\n")
                .answer("version", "WSL version: 2.0.0.0\nKernel version: 5.15.123.1-1\n")
                .defaultDistro("Ubuntu").distro("Ubuntu", distro)
                .answer("update", "Checking for updates.\nThe most recent version of Windows Subsystem for Linux is already installed.\n")
                .answer("shutdown", "");
        Path cfg = tmp.resolve(".wslconfig");
        CommandRunner runner = new CommandRunner();
        assertThat(run(runner, "fix", "wsl-kernel", "--wsl-exe", wsl.exe().toString(), "--wslconfig", cfg.toString(), "--yes", "--discard-unsaved"))
                .as(out + err).isEqualTo(1);
        assertThat(out).contains("WSL is already the newest version.", "The problem remains");

        wsl.answer("update", "Checking for updates.\nUpdate failed (exit code: 1603).\nError code: Wsl/UpdatePackage/E_ABORT\n", -1);
        assertThat(run(runner, "fix", "wsl-kernel", "--wsl-exe", wsl.exe().toString(), "--wslconfig", cfg.toString(), "--yes", "--discard-unsaved"))
                .isEqualTo(3);
        assertThat(err).contains("UAC");

        wsl.answer("update", "Checking for updates.\nUpdating Windows Subsystem for Linux to version: 2.6.1.\n")
                .onCall("shutdown", dev.sysboxdoctor.remedy.FixtureOverrides.boot(distro, "6.6.87.2-microsoft-standard-WSL2"));
        assertThat(run(runner, "fix", "wsl-kernel", "--wsl-exe", wsl.exe().toString(), "--wslconfig", cfg.toString(), "--yes", "--discard-unsaved"))
                .as(out + err).isZero();
        assertThat(out).contains("Before: WSL kernel 5.15.153.1-microsoft-standard-WSL2", "After:  WSL kernel 6.6.87.2-microsoft-standard-WSL2");
        assertThat(cfg).doesNotExist();
    }

    @Test
    void wslKernelUnpinsThenRevertsTheWslconfigByteExact() throws Exception {
        Path distro = FixtureMachine.wsl2Kernel515WithSysbox(tmp.resolve("ubuntu")).write();
        Path cfg = tmp.resolve("home/.wslconfig");
        Files.createDirectories(cfg.getParent());
        byte[] original = "# pinned for a module\n[wsl2]\nkernel = C:\\\\Users\\\\me\\\\bzImage\nmemory=6GB\n".getBytes(StandardCharsets.UTF_8);
        Files.write(cfg, original);
        FakeWsl wsl = FakeWsl.create(tmp.resolve("wsl"))
                .answer("list-verbose", "  NAME      STATE           VERSION\n* Ubuntu    Running         2\n")
                .answer("version", "WSL version: 2.6.1.0\nKernel version: 6.6.87.2-1\n")
                .defaultDistro("Ubuntu").distro("Ubuntu", distro)
                .answer("shutdown", "")
                .onCall("shutdown", dev.sysboxdoctor.remedy.FixtureOverrides.boot(distro, "6.6.87.2-microsoft-standard-WSL2"));
        CommandRunner runner = new CommandRunner();
        String[] args = {"fix", "wsl-kernel", "--wsl-exe", wsl.exe().toString(), "--wslconfig", cfg.toString()};
        assertThat(run(runner, concat(args, "--dry-run"))).isZero();
        assertThat(out).contains("never changes a pinned kernel", "(kernel=C:\\Users\\me\\bzImage)", "-kernel = C:\\\\Users\\\\me\\\\bzImage",
                "+# sysbox-doctor: kernel = C:\\\\Users\\\\me\\\\bzImage", "stops every WSL distro", "Running now: Ubuntu");
        assertThat(Files.readAllBytes(cfg)).isEqualTo(original);
        assertThat(wsl.calls()).noneMatch(c -> c.contains("--shutdown"));

        assertThat(run(runner, concat(args, "--yes", "--discard-unsaved"))).as(out + err).isZero();
        assertThat(Files.readString(cfg)).contains("# sysbox-doctor: kernel = C:\\\\Users\\\\me\\\\bzImage\nmemory=6GB\n");
        assertThat(run(runner, concat(args, "--revert", "--yes", "--discard-unsaved"))).as(out + err).isZero();
        assertThat(Files.readAllBytes(cfg)).isEqualTo(original);
        try (var s = Files.list(cfg.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly(".wslconfig");
        }
    }

    @Test
    void rootConfinesTheWslconfigUnderIt() throws Exception {
        Path root = FixtureMachine.wsl2Kernel515WithSysbox(tmp.resolve("m")).write();
        Path outside = tmp.resolve("outside/.wslconfig");
        Files.createDirectories(outside.getParent());
        Files.writeString(outside, "[wsl2]\nkernel=C:\\\\k\n");
        FakeWsl wsl = FakeWsl.create(tmp.resolve("wsl")).answer("list-verbose", "  NAME STATE VERSION\n")
                .answer("version", "WSL version: 2.0.0.0\nKernel version: 5.15.123.1-1\n");
        assertThat(run(new CommandRunner(), "fix", "wsl-kernel", "--root", root.toString(), "--wsl-exe", wsl.exe().toString(),
                "--wslconfig", outside.toString(), "--dry-run")).as(out + err).isZero();
        assertThat(out).as("the file outside the root was not read: no pin seen").contains("Update the WSL kernel")
                .doesNotContain("kernel=C:");
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
