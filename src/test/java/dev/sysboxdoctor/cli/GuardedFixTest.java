package dev.sysboxdoctor.cli;

import static dev.sysboxdoctor.testbed.TestBed.IMAGE;
import static dev.sysboxdoctor.testbed.TestBed.SYSBOX_RUNTIME;
import static dev.sysboxdoctor.testbed.TestBed.docker;
import static dev.sysboxdoctor.testbed.TestBed.dockerOk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.app.Services;
import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.remedy.FixtureOverrides;
import dev.sysboxdoctor.testbed.DockerCli;
import dev.sysboxdoctor.testbed.FakeWsl;
import java.nio.file.Files;
import dev.sysboxdoctor.remedy.FixtureLogs;
import dev.sysboxdoctor.remedy.PathFirstRunner;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.testbed.TestBed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fix precheck} on a fixture machine whose Sysbox is the test bed's: restarting Sysbox
 * really deletes the rootfs clones (the bed's "Sysbox stops"), so a container's file survives the
 * fix only because the fix saved the container first and restored it afterwards.
 */
class GuardedFixTest {
    @TempDir Path tmp;
    private final List<String> containers = new ArrayList<>();
    private String out;
    private String err;

    @AfterEach
    void removeWhatTheTestMade() throws Exception {
        List<String> all = new ArrayList<>(containers);
        for (String c : containers) {
            // The restore keeps the old container under another name.
            Arrays.stream(docker("ps", "-aq", "--filter", "name=^/" + c + "\\.").out().split("\\s+"))
                    .filter(s -> !s.isBlank()).forEach(all::add);
        }
        TestBed.removeContainers(all.toArray(String[]::new));
        String images = docker("images", "-q", "sysbox-doctor-backup/*").out();
        Arrays.stream(images.split("\\s+")).filter(s -> !s.isBlank()).distinct()
                .forEach(i -> TestBed.docker("rmi", "-f", i));
    }

    private int fix(Path root, String... more) {
        List<String> args = new ArrayList<>(List.of("fix", "precheck", "--root", root.toString(), "--docker-host", TestBed.dockerHost()));
        args.addAll(List.of(more));
        CliRun r = CliRun.of(Services.with(new PathFirstRunner(root.resolve("bin"))), args.toArray(String[]::new));
        out = r.out();
        err = r.err();
        return r.exit();
    }

    private Path machine() {
        return FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m")).sysboxOfTestBed().write();
    }

    private String sysboxContainerWithNote(String what) {
        String name = TestBed.uniqueName(what);
        dockerOk("run", "-d", "--runtime", SYSBOX_RUNTIME, "--name", name, IMAGE, "sleep", "600");
        dockerOk("exec", name, "/bin/sh", "-c", "echo kept > /root/note");
        containers.add(name);
        return name;
    }

    private static String note(String name) {
        if (!dockerOk("inspect", "-f", "{{.State.Running}}", name).equals("true")) {
            dockerOk("start", name);
        }
        return dockerOk("exec", name, "/bin/sh", "-c", "cat /root/note 2>/dev/null || echo gone");
    }

    @Test
    void theDryRunListsTheContainersAtRiskFirstAndTheRestoreLast() throws Exception {
        Path root = machine();
        String name = sysboxContainerWithNote("guard-dry");
        assertThat(fix(root, "--dry-run")).as(out + err).isZero();
        assertThat(out).contains("1. Save the containers whose changes would be lost", "  - " + name + " (image " + IMAGE + "; running",
                "$ systemctl restart sysbox", "Then: ", ". Restore them");
        assertThat(out.indexOf("Restore them")).isGreaterThan(out.indexOf("Then: "));
        assertThat(fix(root, "--dry-run", "--no-restore")).as(out + err).isZero();
        assertThat(out).contains("1. Save the containers whose changes would be lost", "The backups stay as images")
                .doesNotContain("Restore them");
        assertThat(FixtureLogs.stateChangingSystemctlCalls(root)).isEmpty();
        assertThat(note(name)).isEqualTo("kept");
    }

    @Test
    void discardUnsavedNamesTheLosersAndTheirChangesAreGoneAsAccepted() throws Exception {
        Path root = machine();
        String name = sysboxContainerWithNote("guard-discard");
        assertThat(fix(root, "--dry-run", "--discard-unsaved")).as(out + err).isZero();
        assertThat(out).contains("You chose not to save them: the changes made inside " + name)
                .doesNotContain("Save the containers whose changes would be lost", "Restore them");

        assertThat(fix(root, "--yes", "--discard-unsaved")).as(out + err).isZero();
        assertThat(note(name)).as("the user accepted the loss").isEqualTo("gone");
        assertThat(docker("images", "-q", "sysbox-doctor-backup/*").out()).isBlank();
    }

    @Test
    void anEngineThatCannotBeAskedStopsThePlanBeforeAnythingIsStopped() throws Exception {
        Path root = machine();
        String name = sysboxContainerWithNote("guard-noengine");
        List<String> args = List.of("fix", "precheck", "--root", root.toString(), "--docker-host",
                "unix://" + tmp.resolve("no-engine.sock"), "--yes");
        CliRun r = CliRun.of(Services.with(new PathFirstRunner(root.resolve("bin"))), args.toArray(String[]::new));
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.out()).contains("Could not list the Sysbox containers on unix://");
        assertThat(r.err()).contains("Nothing was stopped.");
        assertThat(FixtureLogs.stateChangingSystemctlCalls(root)).isEmpty();
        assertThat(note(name)).isEqualTo("kept");
    }

    @Test
    void withYesTheContainersAreSavedBeforeSysboxRestartsAndRestoredAfter() throws Exception {
        Path root = machine();
        String name = sysboxContainerWithNote("guard-yes");
        assertThat(fix(root, "--yes")).as(out + err).isZero();
        assertThat(out).contains("==> Save the containers whose changes would be lost",
                "Saved " + name + " as sysbox-doctor-backup/", "==> Restore them", "Restored " + name);
        assertThat(note(name)).as("saved before the restart, restored after").isEqualTo("kept");
    }

    @Test
    void wslKernelUpgradeSavesTheDistrosContainersThroughItsOwnEngineAndRestoresThemAfterTheShutdown() throws Exception {
        Path distro = FixtureMachine.wsl2Kernel515WithSysbox(tmp.resolve("ubuntu")).sysboxOfTestBed().write();
        DockerCli.installInto(distro);
        FakeWsl wsl = FixtureOverrides.upgradableWindows(tmp.resolve("wsl"), distro,
                "  NAME      STATE           VERSION\n* Ubuntu    Running         2\n");
        String name = sysboxContainerWithNote("guard-wsl");
        String oldId = dockerOk("inspect", "-f", "{{.Id}}", name);
        CliRun r = CliRun.of(Services.with(new CommandRunner()), "fix", "wsl-kernel", "--wsl-exe", wsl.exe().toString(),
                "--wslconfig", tmp.resolve(".wslconfig").toString(), "--yes");
        out = r.out();
        err = r.err();
        assertThat(r.exit()).as(out + err).isZero();
        assertThat(out).contains("on wsl://Ubuntu before anything is stopped", "  - " + name + " (image ",
                "==> Save the containers whose changes would be lost", "==> Shut down the WSL VM",
                "After:  WSL kernel 6.6.87.2-microsoft-standard-WSL2", "==> Restore them", "Restored " + name);
        assertThat(out.indexOf("Restored " + name)).isGreaterThan(out.indexOf("After:  "));
        assertThat(wsl.calls()).contains("-d Ubuntu -e docker system dial-stdio");
        assertThat(Files.readString(distro.resolve("var/log/fixture/journal-sysbox-mgr.log")))
                .as("the shutdown really stopped Sysbox").contains("container id: " + oldId.substring(0, 12));
        assertThat(note(name)).as("saved before the shutdown, restored after").isEqualTo("kept");
    }
}
