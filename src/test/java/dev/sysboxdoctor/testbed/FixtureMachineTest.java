package dev.sysboxdoctor.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.host.Command;
import dev.sysboxdoctor.host.CommandResult;
import dev.sysboxdoctor.host.CommandRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture machines' files and fake commands tell one consistent story. */
class FixtureMachineTest {
    private final CommandRunner runner = new CommandRunner();

    private CommandResult sh(Path root, String script) throws Exception {
        return runner.run(Command.of("sh", "-c", script).withEnv("SYSBOX_DOCTOR_ROOT", root.toString())
                .withEnv("PATH", root + "/usr/bin:" + root + "/bin:" + System.getenv("PATH")));
    }

    @Test
    void wsl515SysboxLogsNoShiftfsAndNoOverlayIdmap(@TempDir Path dir) throws Exception {
        Path root = FixtureMachine.wsl2Kernel515WithSysbox(dir).write();
        CommandResult r = sh(root, "uname -r; journalctl -u sysbox-mgr -o cat --no-pager; modprobe shiftfs; echo modprobe=$?");
        assertThat(r.stdoutText()).contains("5.15.153.1-microsoft-standard-WSL2", "Shiftfs module found in kernel: no",
                "Overlayfs on ID-mapped mounts supported by kernel: no", "modprobe=1");
        assertThat(r.stderrText()).contains("Module shiftfs not found");
        assertThat(Files.readString(root.resolve("proc/" + FixtureMachine.MGR_PID + "/cmdline"))).isEqualTo("/usr/bin/sysbox-mgr\0");
    }

    @Test
    void restartWithTheOverrideLogsANewStartBlockWithoutThePrecheck(@TempDir Path dir) throws Exception {
        Path root = FixtureMachine.ubuntu515ShiftfsPrecheckFails(dir).write();
        assertThat(sh(root, "journalctl -u sysbox-mgr -o cat").stdoutText()).contains("Shiftfs works properly: no");
        Path dropIn = root.resolve("etc/systemd/system/sysbox-mgr.service.d/50-x.conf");
        Files.createDirectories(dropIn.getParent());
        Files.writeString(dropIn, "[Service]\nExecStart=\nExecStart=/usr/bin/sysbox-mgr --disable-shiftfs-precheck\n");
        CommandResult r = sh(root, "systemctl daemon-reload && systemctl restart sysbox && systemctl show sysbox-mgr -p ExecStart --value"
                + " && journalctl -u sysbox-mgr -o cat | tail -n 12");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdoutText()).contains("argv[]=/usr/bin/sysbox-mgr --disable-shiftfs-precheck",
                "Shiftfs module found in kernel: yes").doesNotContain("works properly");
        assertThat(Files.readString(root.resolve("proc/4242/cmdline"))).isEqualTo("/usr/bin/sysbox-mgr\0--disable-shiftfs-precheck\0");
        assertThat(Files.readString(root.resolve("var/log/fixture/systemctl.log"))).contains("daemon-reload", "restart sysbox");
    }

    @Test
    void presetsWriteTheirKernelsAndNoSystemdMeansSystemctlFails(@TempDir Path dir) throws Exception {
        Path wsl1 = FixtureMachine.wsl1(dir.resolve("wsl1")).write();
        assertThat(Files.readString(wsl1.resolve("proc/version"))).contains("4.4.0-19041-Microsoft");
        CommandResult r = sh(wsl1, "systemctl is-system-running");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderrText()).contains("System has not been booted with systemd");
        Path wsl66 = FixtureMachine.wsl2Kernel66WithSysbox(dir.resolve("wsl66")).write();
        assertThat(sh(wsl66, "journalctl -u sysbox-mgr -o cat").stdoutText()).contains("Overlayfs on ID-mapped mounts supported by kernel: yes");
        Path none = FixtureMachine.wsl2Kernel515NoSysbox(dir.resolve("none")).write();
        assertThat(sh(none, "dpkg-query -W -f='${Version}' sysbox-ce").exitCode()).isEqualTo(1);
        assertThat(Files.exists(none.resolve("lib/systemd/system/sysbox-mgr.service"))).isFalse();
    }
}
