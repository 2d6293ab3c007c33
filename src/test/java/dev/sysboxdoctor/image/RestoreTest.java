package dev.sysboxdoctor.image;

import dev.sysboxdoctor.host.CancelToken;
import static dev.sysboxdoctor.testbed.TestBed.IMAGE;
import static dev.sysboxdoctor.testbed.TestBed.SYSBOX_RUNTIME;
import static dev.sysboxdoctor.testbed.TestBed.docker;
import static dev.sysboxdoctor.testbed.TestBed.dockerOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sysboxdoctor.cli.CliRun;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.testbed.TestBed;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code image restore} on the test bed: the new container gets the old one's whole configuration
 * and the backup's files; the old one is kept under a new name; clashes change nothing and a
 * failed start is rolled back.
 */
class RestoreTest {
    private final List<String> containers = new ArrayList<>();
    private final List<String> images = new ArrayList<>();
    private final List<String> networks = new ArrayList<>();
    private final List<String> volumes = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        List<String> all = new ArrayList<>(containers);
        for (String c : containers) {
            docker("ps", "-a", "--filter", "name=" + c + Restorer.KEPT_SUFFIX, "--format", "{{.Names}}").out().lines().forEach(all::add);
        }
        TestBed.removeContainers(all.toArray(String[]::new));
        TestBed.removeImages(images.toArray(String[]::new));
        networks.forEach(n -> docker("network", "rm", n));
        volumes.forEach(v -> docker("volume", "rm", "-f", v));
    }

    /** A Sysbox container with much configuration, a named volume, an anonymous volume, two networks and a host port. */
    private String richContainer(int hostPort) {
        String name = TestBed.uniqueName("restore");
        String net1 = TestBed.uniqueName("net1");
        String net2 = TestBed.uniqueName("net2");
        String vol = TestBed.uniqueName("vol");
        dockerOk("network", "create", net1);
        dockerOk("network", "create", net2);
        networks.addAll(List.of(net1, net2));
        volumes.add(vol);
        containers.add(name);
        dockerOk("run", "-d", "--runtime", SYSBOX_RUNTIME, "--name", name, "--hostname", "keepme", "-e", "GREETING=hello",
                "--label", "app=demo", "-w", "/root", "--user", "0:0", "--restart", "unless-stopped", "--network", net1,
                "--network-alias", "web", "-p", hostPort + ":80", "-v", vol + ":/data", "-v", "/anon", IMAGE, "sleep", "100000");
        dockerOk("network", "connect", net2, name);
        dockerOk("exec", name, "/bin/sh", "-c", "echo changed > /root/note; echo named > /data/v; echo anon > /anon/a");
        return name;
    }

    private String backup(String container) {
        String tag = TestBed.uniqueName("bk") + ":v1";
        images.add(tag);
        CliRun r = ImageCli.image("save", container, "--tag", tag, "--sysbox-mode", "ROOTFS_CLONING");
        assertThat(r.exit()).as("%s", r).isZero();
        return tag;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Network name to the aliases the user gave (Docker adds the short id itself). */
    private static java.util.Map<String, java.util.Set<String>> aliases(String container) {
        String shortId = inspect(container, "{{.Id}}").substring(0, 12);
        java.util.Map<String, java.util.Set<String>> out = new java.util.TreeMap<>();
        for (String line : inspect(container, "{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{range $v.Aliases}}{{.}},{{end}}\n{{end}}").split("\n")) {
            String[] kv = line.split("=", 2);
            java.util.Set<String> set = new java.util.TreeSet<>(List.of(kv[1].split(",")));
            set.remove(shortId);
            set.remove("");
            out.put(kv[0], set);
        }
        return out;
    }

    private static String inspect(String container, String format) {
        return dockerOk("inspect", "-f", format, container);
    }

    @Test
    void restoreRecreatesTheContainerWithItsWholeConfigurationAndKeepsTheOldOne() throws Exception {
        String name = richContainer(freePort());
        String tag = backup(name);
        String oldId = inspect(name, "{{.Id}}");
        String before = inspect(name, "{{json .Config.Env}} {{json .Config.Labels}} {{json .Config.Cmd}} {{.Config.User}} {{.Config.WorkingDir}} "
                + "{{.Config.Hostname}} {{.HostConfig.Runtime}} {{json .HostConfig.PortBindings}} {{json .HostConfig.RestartPolicy}} "
                + "{{json .HostConfig.Binds}}");
        java.util.Map<String, java.util.Set<String>> networksBefore = aliases(name);
        // Sysbox stops: the container is back in its image state.
        TestBed.sysboxStops();
        dockerOk("start", name);
        assertThat(docker("exec", name, "cat", "/root/note").ok()).isFalse();

        CliRun r = ImageCli.image("restore", tag, "--container", name, "--json");
        assertThat(r.exit()).as("%s", r).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("restored").asBoolean()).isTrue();
        assertThat(json.path("started").asBoolean()).isTrue();
        String keptAs = json.path("keptAs").asText();
        assertThat(keptAs).matches(java.util.regex.Pattern.quote(name) + "\\.before-restore-\\d{8}-\\d{6}");
        assertThat(json.path("verification").path("verdict").asText()).isEqualTo("PASSED");

        // The old container is kept, stopped, under its new name.
        assertThat(inspect(keptAs, "{{.Id}} {{.State.Running}}")).isEqualTo(oldId + " false");
        // The new one has the backup's files, the volumes' data and the old configuration.
        assertThat(inspect(name, "{{.Id}}")).isNotEqualTo(oldId);
        assertThat(inspect(name, "{{.State.Running}} {{.Config.Image}}")).isEqualTo("true " + tag);
        assertThat(dockerOk("exec", name, "/bin/sh", "-c", "cat /root/note /data/v /anon/a; echo $GREETING"))
                .isEqualTo("changed\nnamed\nanon\nhello");
        String after = inspect(name, "{{json .Config.Env}} {{json .Config.Labels}} {{json .Config.Cmd}} {{.Config.User}} {{.Config.WorkingDir}} "
                + "{{.Config.Hostname}} {{.HostConfig.Runtime}} {{json .HostConfig.PortBindings}} {{json .HostConfig.RestartPolicy}} "
                + "{{json .HostConfig.Binds}}");
        assertThat(after).isEqualTo(before);
        assertThat(aliases(name)).isEqualTo(networksBefore);
        assertThat(dockerOk("port", name)).contains("80/tcp ->");
    }

    @Test
    void aStoppedContainerIsRestoredStoppedAndTheKeptNameClashChangesNothing() {
        String name = TestBed.uniqueName("restore-stopped");
        containers.add(name);
        dockerOk("run", "-d", "--runtime", SYSBOX_RUNTIME, "--network", "none", "--name", name, IMAGE, "sleep", "100000");
        dockerOk("exec", name, "/bin/sh", "-c", "echo changed > /root/note");
        String tag = backup(name);
        dockerOk("stop", "-t", "0", name);
        String oldId = inspect(name, "{{.Id}}");
        Instant at = Instant.parse("2026-12-03T19:30:00Z");
        String keptAs = name + Restorer.KEPT_SUFFIX + "20261203-193000";
        try (EngineApi api = EngineApi.connect(TestBed.dockerHost())) {
            // The kept name is taken: refused, nothing changed.
            dockerOk("create", "--network", "none", "--name", keptAs, IMAGE, "true");
            containers.add(keptAs);
            Restorer restorer = new Restorer(api, ProgressListener.NONE, CancelToken.none(), Clock.fixed(at, ZoneOffset.UTC));
            assertThatThrownBy(() -> restorer.restore(new RestoreRequest(tag, name)))
                    .isInstanceOfSatisfying(ImageEngineException.class, e -> assertThat(e.kind()).isEqualTo(ImageEngineException.Kind.CLASH))
                    .hasMessageContaining(keptAs).hasMessageContaining("nothing was changed");
            assertThat(inspect(name, "{{.Id}}")).isEqualTo(oldId);
            dockerOk("rm", keptAs);

            RestoreOutcome o = restorer.restore(new RestoreRequest(tag, name));
            assertThat(o.restored()).as("%s", o).isTrue();
            assertThat(o.started()).isFalse();
            assertThat(o.keptAs()).isEqualTo(keptAs);
            assertThat(inspect(name, "{{.State.Status}}")).isEqualTo("created");
            assertThat(inspect(keptAs, "{{.Id}}")).isEqualTo(oldId);
            dockerOk("start", name);
            assertThat(dockerOk("exec", name, "cat", "/root/note")).isEqualTo("changed");
        }
    }

    @Test
    void aHostPortHeldByAnotherContainerIsRefusedBeforeAnythingChanges() throws Exception {
        int port = freePort();
        String name = richContainer(port);
        String tag = backup(name);
        dockerOk("stop", "-t", "0", name);
        String holder = TestBed.uniqueName("holder");
        containers.add(holder);
        dockerOk("run", "-d", "--network", networks.get(0), "--name", holder, "-p", port + ":80", IMAGE, "sleep", "100000");
        String oldId = inspect(name, "{{.Id}}");

        CliRun r = ImageCli.image("restore", tag, "--container", name);
        assertThat(r.exit()).as("%s", r).isEqualTo(3);
        assertThat(r.err()).contains("host port " + port + "/tcp is held by the container " + holder, "nothing was changed");
        assertThat(inspect(name, "{{.Id}} {{.State.Running}}")).isEqualTo(oldId + " false");
        assertThat(docker("ps", "-a", "--filter", "name=" + name + Restorer.KEPT_SUFFIX, "--format", "{{.Names}}").outTrimmed()).isEmpty();
    }

    @Test
    void aStartThatFailsIsRolledBackAndTheOldContainerRunsAgain() throws Exception {
        String name = richContainer(freePort());
        String tag = backup(name);
        String oldId = inspect(name, "{{.Id}}");
        int port = Integer.parseInt(inspect(name, "{{(index (index .HostConfig.PortBindings \"80/tcp\") 0).HostPort}}"));
        // A process outside Docker takes the port after the old container stopped: only the start can find out.
        ServerSocket[] squatter = {null};
        ProgressListener takePortBeforeStart = p -> {
            if (p.phase() == Progress.Phase.CLEANING_UP && squatter[0] != null) {
                try {
                    squatter[0].close(); // gone again before the rollback starts the old container
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            if (p.message() != null && p.message().startsWith("Starting ") && squatter[0] == null) {
                try {
                    squatter[0] = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        try (ImageService images = ImageService.connect(TestBed.dockerHost())) {
            assertThatThrownBy(() -> images.restore(new RestoreRequest(tag, name), takePortBeforeStart, CancelToken.none()))
                    .isInstanceOfSatisfying(ImageEngineException.class, e -> assertThat(e.kind()).isEqualTo(ImageEngineException.Kind.CLASH))
                    .hasMessageContaining("port").hasMessageContaining("is as it was");
        } finally {
            if (squatter[0] != null) {
                squatter[0].close();
            }
        }
        assertThat(squatter[0]).isNotNull();
        // Rolled back: the old container has its name back and runs again; no new container, no kept copy.
        assertThat(inspect(name, "{{.Id}} {{.State.Running}}")).isEqualTo(oldId + " true");
        assertThat(dockerOk("exec", name, "cat", "/root/note")).isEqualTo("changed");
        assertThat(docker("ps", "-a", "--filter", "name=" + name, "--format", "{{.Names}}").outTrimmed()).isEqualTo(name);
    }
}
