package dev.sysboxdoctor.testbed;

import static dev.sysboxdoctor.testbed.TestBed.IMAGE;
import static dev.sysboxdoctor.testbed.TestBed.SYSBOX_RUNTIME;
import static dev.sysboxdoctor.testbed.TestBed.docker;
import static dev.sysboxdoctor.testbed.TestBed.dockerOk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.TestBed.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The test bed behaves like a host where Sysbox clones the rootfs (kernel &lt; 5.19, no shiftfs):
 * the container works, {@code docker commit} of it yields an image that fails with "exec format
 * error", {@code docker export | docker import} yields a working image, and runc containers are
 * unaffected. Runs against the real private dockerd of {@link TestBed}.
 */
class TestBedFaithfulnessTest {

    private static String runSleeper(String runtime) {
        String id = dockerOk("run", "-d", "--runtime", runtime, "--name", TestBed.uniqueName("sleeper"), IMAGE, "sleep", "600");
        assertThat(id).matches("[0-9a-f]{64}");
        return id;
    }

    @Test
    void sysboxContainerRunsAndExecWorks() {
        String id = runSleeper(SYSBOX_RUNTIME);
        try {
            assertThat(dockerOk("inspect", "-f", "{{.HostConfig.Runtime}} {{.State.Running}}", id))
                    .isEqualTo(SYSBOX_RUNTIME + " true");
            Result r = docker("exec", id, "/bin/sh", "-c", "echo ok");
            assertThat(r.exit()).as("%s", r).isZero();
            assertThat(r.out()).isEqualTo("ok\n");
        } finally {
            TestBed.removeContainers(id);
        }
    }

    @Test
    void commitOfSysboxContainerGivesExecFormatError() {
        String id = runSleeper(SYSBOX_RUNTIME);
        String image = TestBed.uniqueName("committed");
        try {
            dockerOk("commit", id, image);
            Result r = docker("run", "--rm", image, "/bin/sh", "-c", "true");
            assertThat(r.exit()).as("%s", r).isNotZero();
            assertThat(r.output()).as("%s", r).contains("exec format error");
            // The container itself still works: only the committed layer holds the zero-filled files.
            Result again = docker("exec", id, "/bin/sh", "-c", "echo ok");
            assertThat(again.out()).as("%s", again).isEqualTo("ok\n");
        } finally {
            TestBed.removeContainers(id);
            TestBed.removeImages(image);
        }
    }

    @Test
    void exportImportOfSysboxContainerGivesWorkingImage() {
        String id = runSleeper(SYSBOX_RUNTIME);
        String image = TestBed.uniqueName("exported");
        try {
            Result imp = TestBed.dockerPipe(List.of("export", id), List.of("import", "-", image));
            assertThat(imp.exit()).as("%s", imp).isZero();
            Result r = docker("run", "--rm", image, "/bin/sh", "-c", "echo ok");
            assertThat(r.exit()).as("%s", r).isZero();
            assertThat(r.out()).isEqualTo("ok\n");
        } finally {
            TestBed.removeContainers(id);
            TestBed.removeImages(image);
        }
    }

    @Test
    void runcContainerCommitsFine() {
        String id = runSleeper("runc");
        String image = TestBed.uniqueName("runc-committed");
        try {
            dockerOk("exec", id, "/bin/sh", "-c", "echo kept > /root/note");
            dockerOk("commit", id, image);
            Result r = docker("run", "--rm", image, "/bin/sh", "-c", "cat /root/note; echo ok");
            assertThat(r.exit()).as("%s", r).isZero();
            assertThat(r.out()).isEqualTo("kept\nok\n");
        } finally {
            TestBed.removeContainers(id);
            TestBed.removeImages(image);
        }
    }

    @Test
    void sysboxContainerKeepsItsChangesAcrossRestartAndStaysBrokenForCommit() {
        // Sysbox keeps the clone (and the container's writes, which land in it) until the
        // container is removed; a commit of the stopped container still reads the clone's upper dir.
        String id = runSleeper(SYSBOX_RUNTIME);
        String image = TestBed.uniqueName("stopped-committed");
        try {
            dockerOk("exec", id, "/bin/sh", "-c", "echo kept > /root/note");
            dockerOk("stop", "-t", "0", id);
            dockerOk("commit", id, image);
            Result broken = docker("run", "--rm", image, "/bin/sh", "-c", "true");
            assertThat(broken.output()).as("%s", broken).contains("exec format error");
            dockerOk("start", id);
            Result r = docker("exec", id, "/bin/sh", "-c", "cat /root/note");
            assertThat(r.out()).as("%s", r).isEqualTo("kept\n");
        } finally {
            TestBed.removeContainers(id);
            TestBed.removeImages(image);
        }
    }
}
