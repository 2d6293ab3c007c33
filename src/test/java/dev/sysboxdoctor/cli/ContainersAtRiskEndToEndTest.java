package dev.sysboxdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sysboxdoctor.host.Command;
import dev.sysboxdoctor.host.CommandResult;
import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.testbed.TestBed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diagnose --json} on a rootfs-cloning machine whose Sysbox is the test bed's: every Sysbox
 * container, running or stopped, is named at risk with its clone as evidence; after Sysbox stopped
 * (the fixture's {@code systemctl restart sysbox}) the journal's stop lines say their changes are gone.
 */
class ContainersAtRiskEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    private CommandResult run(Path root, String... argv) throws Exception {
        String path = root.resolve("usr/bin") + ":" + root.resolve("bin") + ":" + System.getenv("PATH");
        return new CommandRunner().run(Command.of(argv).withEnv("PATH", path).withEnv("SYSBOX_DOCTOR_ROOT", root.toString())
                .withTimeout(Duration.ofSeconds(120)));
    }

    private JsonNode diagnose(Path root) throws Exception {
        CommandResult r = run(root, Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "dev.sysboxdoctor.app.Main", "diagnose", "--json", "--root", root.toString(),
                "--docker-host", TestBed.dockerHost());
        assertThat(r.exitCode()).as(r.stderrText()).isEqualTo(1);
        return JSON.readTree(r.stdoutText());
    }

    private static JsonNode finding(JsonNode j, String id) {
        for (JsonNode f : j.path("findings")) {
            if (f.path("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + id + " in " + j.path("findings"));
    }

    @Test
    void everySysboxContainerIsAtRiskAndAStopOfSysboxIsReportedAsLoss() throws Exception {
        Path root = FixtureMachine.ubuntu515ShiftfsPrecheckFails(dir.resolve("root")).sysboxOfTestBed().write();
        String running = TestBed.uniqueName("risk-running");
        String stopped = TestBed.uniqueName("risk-stopped");
        String plain = TestBed.uniqueName("risk-runc");
        try {
            TestBed.dockerOk("run", "-d", "--runtime", TestBed.SYSBOX_RUNTIME, "--network", "none", "--name", running, TestBed.IMAGE, "sleep", "600");
            TestBed.dockerOk("run", "-d", "--runtime", TestBed.SYSBOX_RUNTIME, "--network", "none", "--name", stopped, TestBed.IMAGE, "sleep", "600");
            TestBed.dockerOk("run", "-d", "--network", "none", "--name", plain, TestBed.IMAGE, "sleep", "600");
            TestBed.dockerOk("stop", "-t", "0", stopped);
            String runningId = TestBed.dockerOk("inspect", "-f", "{{.Id}}", running);

            JsonNode j = diagnose(root);
            JsonNode t = j.at("/targets/0");
            assertThat(t.at("/sysbox/mode").asText()).isEqualTo("ROOTFS_CLONING");
            Map<String, JsonNode> atRisk = new HashMap<>();
            t.path("containersAtRisk").forEach(c -> atRisk.put(c.path("name").asText(), c));
            assertThat(atRisk).containsKeys(running, stopped).doesNotContainKey(plain);
            assertThat(atRisk.get(running).path("running").asBoolean()).isTrue();
            assertThat(runningId).startsWith(atRisk.get(running).path("id").asText());
            assertThat(atRisk.get(stopped).path("running").asBoolean()).isFalse();
            assertThat(atRisk.get(running).path("image").asText()).isEqualTo(TestBed.IMAGE);
            JsonNode f = finding(j, "container-changes-volatile");
            assertThat(f.path("severity").asText()).isEqualTo("ERROR");
            assertThat(f.path("target").asText()).isEqualTo("local");
            List<String> remedies = new ArrayList<>();
            f.path("remedies").forEach(r -> remedies.add(r.asText()));
            assertThat(remedies).containsExactly("save-all", "precheck-override");
            assertThat(f.path("evidence").toString()).contains(running + " (" + runningId.substring(0, 12) + ", " + TestBed.IMAGE
                    + ", running): changes in /var/lib/sysbox/rootfs/" + runningId.substring(0, 12));
            assertThat(f.path("detail").asText()).doesNotContain("already gone");

            CommandResult restart = run(root, root.resolve("bin/systemctl").toString(), "restart", "sysbox");
            assertThat(restart.exitCode()).as(restart.stderrText()).isZero();

            JsonNode after = diagnose(root);
            JsonNode lost = finding(after, "container-changes-volatile");
            assertThat(lost.path("detail").asText()).contains("Sysbox stopped at ").contains("changes made before then are already gone")
                    .contains(running).contains(stopped);
            assertThat(lost.path("evidence").toString()).contains("container id: " + runningId.substring(0, 12))
                    .contains("no clone now");
        } finally {
            TestBed.removeContainers(running, stopped, plain);
        }
    }
}
