package dev.sysboxdoctor.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sysboxdoctor.cli.CliRun;
import dev.sysboxdoctor.testbed.TestBed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The container's view is read with the tool it holds: a busybox image that links sha256sum but
 * not md5sum saves with every method (reported as sha256sum), and a container whose image runs as
 * a non-root USER, with a file only root may read, saves too (the tools run as root).
 */
class ContainerToolsTest {
    static final String NO_MD5 = "sdtest-nomd5/busybox:1";
    static final String NON_ROOT = "sdtest-nonroot/busybox:1";
    static final List<String> CONTAINERS = new ArrayList<>();

    @BeforeAll
    static void images() {
        String maker = TestBed.uniqueName("nomd5-maker");
        TestBed.dockerOk("run", "--name", maker, "--network", "none", TestBed.IMAGE, "rm", "/bin/md5sum");
        TestBed.dockerOk("commit", maker, NO_MD5);
        String rootOnly = TestBed.uniqueName("nonroot-maker");
        TestBed.dockerOk("run", "--name", rootOnly, "--network", "none", TestBed.IMAGE, "sh", "-c",
                "mkdir -p /opt /home/app && chmod 777 /home/app && echo secret > /opt/root-only && chmod 600 /opt/root-only");
        TestBed.dockerOk("commit", "--change", "USER 1000:1000", "--change", "WORKDIR /home/app", rootOnly, NON_ROOT);
        TestBed.removeContainers(maker, rootOnly);
    }

    @AfterAll
    static void remove() {
        TestBed.removeContainers(CONTAINERS.toArray(String[]::new));
        TestBed.removeImages(NO_MD5, NON_ROOT);
    }

    private static String start(String image, String runtime) {
        String c = TestBed.uniqueName("tools");
        CONTAINERS.add(c);
        TestBed.dockerOk("run", "-d", "--name", c, "--runtime", runtime, "--network", "none", image, "sh", "-c",
                "cp /bin/busybox ./bb && echo data > /tmp/changed && exec sleep 100000");
        return c;
    }

    @ParameterizedTest(name = "{0} of a {1} container without md5sum")
    @CsvSource({"save, sysbox-runc", "commit, runc", "export-import, sysbox-runc", "snapshot, sysbox-runc"})
    void savesWithTheHashToolTheContainerHas(String method, String runtime) throws Exception {
        String c = start(NO_MD5, runtime);
        String tag = TestBed.uniqueName("nomd5-" + method) + ":v1";
        try {
            List<String> args = new ArrayList<>(List.of(method, c, "--tag", tag, "--json"));
            if (method.equals("save")) {
                args.addAll(List.of("--sysbox-mode", "ROOTFS_CLONING"));
            }
            CliRun r = ImageCli.image(args.toArray(String[]::new));
            assertThat(r.exit()).as(r.toString()).isZero();
            JsonNode json = new ObjectMapper().readTree(r.out());
            JsonNode v = json.path("attempts").get(json.path("attempts").size() - 1).path("verification");
            assertThat(v.path("verdict").asText()).isEqualTo("PASSED");
            assertThat(v.path("containerView").asText()).isEqualTo("inside the container");
            assertThat(v.path("hashTool").asText()).isEqualTo("sha256sum");
            assertThat(v.path("couldNotCheck")).isEmpty();
            assertThat(r.out()).doesNotContain("md5 ");
            assertThat(TestBed.dockerOk("run", "--rm", "--network", "none", tag, "cat", "/tmp/changed")).isEqualTo("data");
            Leftovers.assertNone();
        } finally {
            TestBed.removeImages(tag);
        }
    }

    @ParameterizedTest(name = "{0} of a non-root USER container")
    @CsvSource({"export-import", "snapshot"})
    void aNonRootUserWithARootOnlyFileSaves(String method) throws Exception {
        String c = start(NON_ROOT, TestBed.SYSBOX_RUNTIME);
        assertThat(TestBed.dockerOk("exec", c, "id", "-u")).isEqualTo("1000");
        assertThat(TestBed.docker("exec", c, "cat", "/opt/root-only").ok()).isFalse();
        String tag = TestBed.uniqueName("nonroot-" + method) + ":v1";
        try {
            CliRun r = ImageCli.image(method, c, "--tag", tag, "--full", "--json");
            assertThat(r.exit()).as(r.toString()).isZero();
            JsonNode json = new ObjectMapper().readTree(r.out());
            JsonNode v = json.path("attempts").get(0).path("verification");
            assertThat(v.path("containerView").asText()).isEqualTo("inside the container");
            assertThat(v.path("couldNotCheck")).isEmpty();
            assertThat(TestBed.dockerOk("run", "--rm", "--network", "none", "--user", "0", tag, "sh", "-c",
                    "stat -c '%a %u' /opt/root-only; cat /opt/root-only; cat /home/app/bb >/dev/null && echo bb")).isEqualTo("600 0\nsecret\nbb");
            assertThat(TestBed.dockerOk("image", "inspect", "--format", "{{.Config.User}}", tag)).isEqualTo("1000:1000");
            Leftovers.assertNone();
        } finally {
            TestBed.removeImages(tag);
        }
    }

    @org.junit.jupiter.api.Test
    void aFileTheToolCannotReadInsideIsReadThroughTheEngine() throws Exception {
        // Without DAC_OVERRIDE even root's md5sum cannot open a mode-000 file of another user; the engine can.
        String c = TestBed.uniqueName("locked");
        CONTAINERS.add(c);
        TestBed.dockerOk("run", "-d", "--name", c, "--runtime", "runc", "--network", "none", "--cap-drop", "DAC_OVERRIDE",
                "--cap-drop", "DAC_READ_SEARCH", TestBed.IMAGE, "sh", "-c",
                "mkdir -p /opt && echo locked > /opt/locked && chown 1234:1234 /opt/locked && chmod 000 /opt/locked && exec sleep 100000");
        assertThat(TestBed.docker("exec", c, "md5sum", "/opt/locked").ok()).isFalse();
        String tag = TestBed.uniqueName("locked") + ":v1";
        try {
            CliRun r = ImageCli.image("export-import", c, "--tag", tag, "--json");
            assertThat(r.exit()).as(r.toString()).isZero();
            JsonNode v = new ObjectMapper().readTree(r.out()).path("attempts").get(0).path("verification");
            assertThat(v.path("containerView").asText()).isEqualTo("inside the container");
            assertThat(v.path("couldNotCheck")).isEmpty();
            assertThat(v.path("notes").toString()).contains("1 file(s) that md5sum could not read inside the container were read through the engine");
            assertThat(TestBed.dockerOk("run", "--rm", "--network", "none", tag, "cat", "/opt/locked")).isEqualTo("locked");
            Leftovers.assertNone();
        } finally {
            TestBed.removeImages(tag);
        }
    }
}
