package dev.sysboxdoctor.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.host.DialStdioRelay;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.testbed.DockerCli;
import dev.sysboxdoctor.testbed.TestBed;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The relay serves docker-java against the real test-bed engine through the real docker CLI's
 * {@code docker system dial-stdio}: list, version, concurrent requests and a verified save; after
 * close nothing runs and the socket is gone.
 */
class DialStdioRelayEngineTest {
    private static List<String> dialStdio() {
        return List.of(DockerCli.path().toString(), "-H", TestBed.dockerHost(), "system", "dial-stdio");
    }

    @Test
    void servesListVersionConcurrentRequestsAndAVerifiedSaveThenLeavesNothing() throws Exception {
        String name = TestBed.uniqueName("relay-runc");
        String tag = TestBed.uniqueName("relay-image") + ":v1";
        Set<ProcessHandle> seen = new HashSet<>();
        DialStdioRelay relay = DialStdioRelay.start(dialStdio());
        try {
            assertThat(relay.uri()).startsWith("unix:///").endsWith(".sock");
            assertThat(relay.socketPath().toString().length()).isLessThan(100);
            assertThat(Files.getPosixFilePermissions(relay.socketPath().getParent()))
                    .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                            java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
            TestBed.dockerOk("run", "-d", "--name", name, "--network", "none", TestBed.IMAGE,
                    "sh", "-c", "echo relayed > /root/greeting; trap 'exit 0' TERM; while :; do sleep 1; done");

            try (EngineApi api = EngineApi.connect(relay.uri())) {
                assertThat(api.get("/version").path("ApiVersion").asText()).isNotBlank();
                assertThat(api.get("/containers/json?all=1").toString()).contains(name);
                seen.addAll(relay.liveProcesses());
            }

            try (ImageService images = ImageService.connect(relay.uri())) {
                // Two requests at once: each connection gets its own dial-stdio process.
                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<List<ContainerInfo>>> both = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    both.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        seen.addAll(relay.liveProcesses());
                        return images.listContainers();
                    }));
                }
                for (CompletableFuture<List<ContainerInfo>> f : both) {
                    assertThat(f.get(60, TimeUnit.SECONDS)).anySatisfy(c -> assertThat(c.name()).isEqualTo(name));
                }
                seen.addAll(relay.liveProcesses());

                SaveOutcome o = images.save(SaveRequest.of(name, tag, Strategy.COMMIT), p -> { }, new CancelToken());
                assertThat(o.saved()).as(o.toString()).isTrue();
                assertThat(o.attempts()).last().satisfies(a -> assertThat(a.verification().verdict()).isEqualTo(Verdict.PASSED));
                seen.addAll(relay.liveProcesses());
            }
            assertThat(TestBed.dockerOk("run", "--rm", "--network", "none", tag, "cat", "/root/greeting")).isEqualTo("relayed");
            Leftovers.assertNone();
            assertThat(seen).isNotEmpty();
        } finally {
            relay.close();
            TestBed.removeContainers(name);
            TestBed.removeImages(tag);
        }
        assertThat(relay.liveProcesses()).isEmpty();
        assertThat(seen).noneMatch(ProcessHandle::isAlive);
        assertThat(Files.exists(relay.socketPath())).isFalse();
        assertThat(Files.exists(relay.socketPath().getParent())).isFalse();
        assertThat(ProcessHandle.current().descendants().filter(p -> p.info().commandLine().orElse("").contains("dial-stdio")))
                .isEmpty();
    }

    @Test
    void aProcessThatFailsIsReportedWithWhatItSaid() throws Exception {
        try (DialStdioRelay relay = DialStdioRelay.start(List.of("sh", "-c", "echo 'no such distro' ; echo oops >&2; exit 7"))) {
            try (EngineApi api = EngineApi.connect(relay.uri())) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> api.get("/version")).isNotNull();
            }
            assertThat(relay.awaitFailure(5000)).contains("exited with 7", "no such distro", "oops");
        }
    }
}
