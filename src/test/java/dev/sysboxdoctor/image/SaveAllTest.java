package dev.sysboxdoctor.image;

import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.host.CancelToken;
import static dev.sysboxdoctor.testbed.TestBed.IMAGE;
import static dev.sysboxdoctor.testbed.TestBed.SYSBOX_RUNTIME;
import static dev.sysboxdoctor.testbed.TestBed.docker;
import static dev.sysboxdoctor.testbed.TestBed.dockerOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sysboxdoctor.cli.CliRun;
import dev.sysboxdoctor.testbed.TestBed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * {@code image save-all} on the test bed: every Sysbox container is saved as a verified backup,
 * the backups bring the changes back after Sysbox stopped (which resets the containers), and a
 * cancel leaves nothing half-made.
 */
class SaveAllTest {
    private static final long MIB = 1024 * 1024;

    private static String sysboxWithNote(String what, String note) {
        String name = TestBed.uniqueName(what);
        dockerOk("run", "-d", "--runtime", SYSBOX_RUNTIME, "--network", "none", "--name", name, IMAGE, "sleep", "100000");
        dockerOk("exec", name, "/bin/sh", "-c", "echo " + note + " > /root/note");
        return name;
    }

    private static String note(String container) {
        return docker("exec", container, "/bin/sh", "-c", "cat /root/note 2>/dev/null || echo gone").outTrimmed();
    }

    private static void removeBackups(String prefix) {
        String refs = docker("images", "--format", "{{.Repository}}:{{.Tag}}").out();
        refs.lines().filter(r -> r.startsWith(prefix)).forEach(TestBed::removeImages);
    }

    @Test
    void savesEverySysboxContainerVerifiedAndTheBackupsSurviveSysboxStopping() throws Exception {
        String a = sysboxWithNote("sa-a", "alpha");
        String b = sysboxWithNote("sa-b", "beta");
        String plain = TestBed.uniqueName("sa-runc");
        dockerOk("run", "-d", "--network", "none", "--name", plain, IMAGE, "sleep", "100000");
        String prefix = TestBed.uniqueName("backup") + "/";
        try {
            dockerOk("stop", "-t", "0", b); // a stopped container's changes are at risk too
            CliRun r = ImageCli.image("save-all", "--tag-prefix", prefix, "--sysbox-mode", "ROOTFS_CLONING", "--json");
            assertThat(r.exit()).as("%s", r).isZero();
            JsonNode json = new ObjectMapper().readTree(r.out());
            assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
            assertThat(json.path("allSaved").asBoolean()).isTrue();
            assertThat(json.path("failed")).isEmpty();
            Map<String, JsonNode> saved = new ConcurrentHashMap<>();
            json.path("saved").forEach(n -> saved.put(n.path("container").asText(), n));
            assertThat(saved).containsKeys(a, b).doesNotContainKey(plain);
            for (String c : List.of(a, b)) {
                JsonNode row = saved.get(c);
                assertThat(row.path("tag").asText()).matches(java.util.regex.Pattern.quote(prefix + c) + ":\\d{8}-\\d{6}");
                assertThat(row.path("method").asText()).isIn("export-import", "snapshot", "commit");
                assertThat(row.path("reason").isNull()).isTrue();
                assertThat(Leftovers.imageExists(row.path("tag").asText())).isTrue();
            }
            // Overall progress, n of N, on stderr; a summary line per container.
            assertThat(r.err()).contains(" of " + json.path("saved").size() + ": " + a + "] saved as " + prefix + a);
            Leftovers.assertNone();

            // Sysbox stops: the containers come back in their image state ...
            TestBed.sysboxStops();
            dockerOk("start", a);
            assertThat(note(a)).isEqualTo("gone");
            // ... and the backup still has the changes.
            String tagA = saved.get(a).path("tag").asText();
            assertThat(docker("run", "--rm", "--network", "none", "--runtime", SYSBOX_RUNTIME, tagA, "cat", "/root/note").outTrimmed())
                    .isEqualTo("alpha");
            String tagB = saved.get(b).path("tag").asText();
            assertThat(saved.get(b).path("running").asBoolean()).isFalse();
            assertThat(docker("run", "--rm", "--network", "none", "--runtime", SYSBOX_RUNTIME, tagB, "cat", "/root/note").outTrimmed())
                    .isEqualTo("beta");
        } finally {
            TestBed.removeContainers(a, b, plain);
            removeBackups(prefix);
        }
    }

    @Test
    void noSysboxContainersMeansNothingToSaveAndExitZero() {
        // Only checks the empty case through the API's target list: the bed may hold other tests' containers.
        try (ImageService images = ImageService.connect(TestBed.dockerHost())) {
            SaveAllRequest none = SaveAllRequest.all(SysboxMode.ROOTFS_CLONING).withOnly(List.of());
            assertThat(images.saveAllTargets(none)).allMatch(ContainerInfo::sysbox);
            SaveAllOutcome o = new SaveAll(null, SaveAllListener.NONE, CancelToken.none()).run(none, List.of());
            assertThat(o.allSaved()).isTrue();
            assertThat(o.total()).isZero();
        }
    }

    @Test
    void cancelDuringTheSecondSaveKeepsTheFirstBackupAndLeavesNothingHalfMade() {
        String a = sysboxWithNote("sa-first", "one");
        String big = sysboxWithNote("sa-big", "two");
        dockerOk("exec", big, "dd", "if=/dev/urandom", "of=/big.bin", "bs=1048576", "count=150");
        String prefix = TestBed.uniqueName("cancelled") + "/";
        CancelToken cancel = new CancelToken();
        List<Integer> doneIndexes = new ArrayList<>();
        SaveAllListener listener = new SaveAllListener() {
            @Override
            public void onProgress(SaveAllProgress p) {
                if (p.index() == 2 && p.step().bytesDone() > 32 * MIB) {
                    cancel.cancel();
                }
            }

            @Override
            public void onContainerDone(int index, int total, ContainerSave result) {
                doneIndexes.add(index);
            }
        };
        try (ImageService images = ImageService.connect(TestBed.dockerHost())) {
            SaveAllRequest request = new SaveAllRequest(prefix, SysboxMode.ROOTFS_CLONING, List.of(a, big), Instant.now());
            SaveAllOutcome o = images.saveAll(request, listener, cancel);
            assertThat(o.cancelled()).isTrue();
            assertThat(o.allSaved()).isFalse();
            assertThat(o.saved()).extracting(s -> s.container().name()).containsExactly(a);
            assertThat(o.failed()).extracting(s -> s.container().name()).containsExactly(big);
            assertThat(o.failed().get(0).reason()).contains("Cancelled");
            assertThat(doneIndexes).containsExactly(1, 2);
            assertThat(Leftovers.imageExists(o.saved().get(0).tag())).isTrue();
            assertThat(Leftovers.imageExists(o.failed().get(0).tag())).as("no tag for the interrupted save").isFalse();
            Leftovers.assertNone();
            assertThat(dockerOk("inspect", "-f", "{{.State.Status}}", big)).isEqualTo("running");
        } finally {
            TestBed.removeContainers(a, big);
            removeBackups(prefix);
        }
    }

    @Test
    void backupTagsFitDockersGrammarWhateverTheContainerName() {
        Instant at = Instant.parse("2026-12-03T19:04:05Z");
        assertThat(BackupTags.tag("p/", new ContainerInfo("0123456789abcdef", "Web_App--1", "i", "sysbox-runc", "running", true), at))
                .isEqualTo("p/web_app-1:20261203-190405");
        assertThat(BackupTags.tag("p/", new ContainerInfo("0123456789abcdef", "__", "i", "sysbox-runc", "running", true), at))
                .isEqualTo("p/0123456789ab:20261203-190405");
    }
}
