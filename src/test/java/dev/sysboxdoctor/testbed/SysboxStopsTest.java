package dev.sysboxdoctor.testbed;

import static dev.sysboxdoctor.testbed.TestBed.IMAGE;
import static dev.sysboxdoctor.testbed.TestBed.SYSBOX_RUNTIME;
import static dev.sysboxdoctor.testbed.TestBed.docker;
import static dev.sysboxdoctor.testbed.TestBed.dockerOk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.host.Command;
import dev.sysboxdoctor.host.CommandResult;
import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.testbed.TestBed.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test bed loses a Sysbox container's changes whenever Sysbox stops, as a rootfs-cloning host
 * does (sysbox-mgr's Stop() deletes every clone, facts/failures.md section A), without the app:
 * running and stopped Sysbox containers come back in their image state, runc containers keep
 * their files. The fixture machines' {@code systemctl restart sysbox} and the fake wsl.exe's
 * {@code --shutdown} trigger it and journal sysbox-mgr's stop lines.
 */
class SysboxStopsTest {
    private final CommandRunner runner = new CommandRunner();

    private static String runWithNote(String runtime, String what) {
        String id = dockerOk("run", "-d", "--runtime", runtime, "--name", TestBed.uniqueName(what), IMAGE, "sleep", "600");
        dockerOk("exec", id, "/bin/sh", "-c", "echo kept > /root/note");
        return id;
    }

    private static String note(String id) {
        Result r = docker("exec", id, "/bin/sh", "-c", "cat /root/note 2>/dev/null || echo gone");
        assertThat(r.exit()).as("%s", r).isZero();
        return r.outTrimmed();
    }

    private static boolean running(String id) {
        return dockerOk("inspect", "-f", "{{.State.Running}}", id).equals("true");
    }

    @Test
    void sysboxStopLosesRunningAndStoppedContainersChangesButNotRuncOnes() {
        String running = runWithNote(SYSBOX_RUNTIME, "sb-running");
        String stopped = runWithNote(SYSBOX_RUNTIME, "sb-stopped");
        String plain = runWithNote("runc", "runc");
        try {
            dockerOk("stop", "-t", "0", stopped);
            dockerOk("stop", "-t", "0", running);
            dockerOk("start", running);
            assertThat(note(running)).as("a docker stop/start keeps the clone").isEqualTo("kept");
            Path clones = TestBed.sysboxDataRoot().resolve("rootfs");
            assertThat(clones.resolve(running)).isDirectory();
            assertThat(clones.resolve(stopped)).isDirectory();

            assertThat(TestBed.sysboxStops()).contains(running, stopped).doesNotContain(plain);

            assertThat(running(running)).as("Sysbox containers stop operating").isFalse();
            assertThat(running(plain)).isTrue();
            assertThat(clones.resolve(running)).doesNotExist();
            assertThat(clones.resolve(stopped)).doesNotExist();
            dockerOk("start", running);
            dockerOk("start", stopped);
            assertThat(note(running)).isEqualTo("gone");
            assertThat(note(stopped)).isEqualTo("gone");
            assertThat(note(plain)).isEqualTo("kept");
            // A fresh clone of the image state: it works, keeps new writes across stop/start, and
            // a commit of it is broken again.
            assertThat(clones.resolve(running)).isDirectory();
            dockerOk("exec", running, "/bin/sh", "-c", "echo again > /root/note");
            dockerOk("stop", "-t", "0", running);
            dockerOk("start", running);
            assertThat(note(running)).isEqualTo("again");
        } finally {
            TestBed.removeContainers(running, stopped, plain);
        }
    }

    @Test
    void fixtureSystemctlRestartSysboxStopsTheBedsSysboxAndJournalsTheVictims(@TempDir Path dir) throws Exception {
        Path root = FixtureMachine.wsl2Kernel515WithSysbox(dir).sysboxOfTestBed().write();
        String id = runWithNote(SYSBOX_RUNTIME, "sb-systemctl");
        try {
            assertThat(root.resolve("var/lib/sysbox/rootfs/" + id + "/overlay2/diff")).isDirectory();
            CommandResult r = sh(root, "systemctl restart sysbox && journalctl -u sysbox-mgr --no-pager");
            assertThat(r.exitCode()).as(r.stderrText()).isZero();
            String journal = r.stdoutText();
            assertThat(journal).contains("level=info msg=\"Stopping (gracefully) ...\"",
                    "level=warning msg=\"The following containers are active and will stop operating properly:\"",
                    "level=warning msg=\"container id: " + id.substring(0, 12) + "\"", "msg=\"Stopped.\"");
            assertThat(journal.lastIndexOf("Starting sysbox-mgr")).isGreaterThan(journal.indexOf("Stopped."));
            dockerOk("start", id);
            assertThat(note(id)).isEqualTo("gone");
            assertThat(sh(root, "systemctl is-active sysbox").stdoutText().strip()).isEqualTo("active");
        } finally {
            TestBed.removeContainers(id);
        }
    }

    @Test
    void fakeWslShutdownStopsAndBootsTheDistrosSysbox(@TempDir Path dir) throws Exception {
        Path root = FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("machine")).sysboxOfTestBed().write();
        FakeWsl wsl = FakeWsl.create(dir.resolve("wsl")).distro("Ubuntu", root).answer("shutdown", "");
        String id = runWithNote(SYSBOX_RUNTIME, "sb-shutdown");
        try {
            CommandResult r = runner.run(Command.of(wsl.exe().toString(), "--shutdown").withTimeout(Duration.ofMinutes(2)));
            assertThat(r.exitCode()).isZero();
            String journal = Files.readString(root.resolve("var/log/fixture/journal-sysbox-mgr.log"));
            assertThat(journal).contains("container id: " + id.substring(0, 12));
            assertThat(journal.lastIndexOf("Ready ...")).isGreaterThan(journal.indexOf("Stopped."));
            assertThat(running(id)).isFalse();
            dockerOk("start", id);
            assertThat(note(id)).isEqualTo("gone");
        } finally {
            TestBed.removeContainers(id);
        }
    }

    private CommandResult sh(Path root, String script) throws Exception {
        return runner.run(Command.of("sh", "-c", script).withEnv("SYSBOX_DOCTOR_ROOT", root.toString())
                .withEnv("PATH", root + "/usr/bin:" + root + "/bin:" + System.getenv("PATH")).withTimeout(Duration.ofMinutes(2)));
    }
}
