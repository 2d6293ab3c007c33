package dev.sysboxdoctor.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.TestBed;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Docker facts from the real test-bed engine: sysbox-runc registered, a Sysbox container listed. */
class DockerApiTest {
    @Test
    void sysboxRuntimeAndSysboxContainerAreSeen() {
        String host = TestBed.dockerHost();
        String name = TestBed.uniqueName("inspect");
        try {
            TestBed.dockerOk("run", "-d", "--runtime", TestBed.SYSBOX_RUNTIME, "--name", name, TestBed.IMAGE, "sleep", "300");
            DockerFacts d = DockerApi.inspect(host, Duration.ofSeconds(20));
            assertThat(d.reachable()).isEqualTo(Tri.YES);
            assertThat(d.gaps()).isEmpty();
            assertThat(d.version()).matches("\\d+\\.\\d+.*");
            assertThat(d.dockerDesktop()).isFalse();
            assertThat(d.runtimes()).contains("runc", "sysbox-runc");
            assertThat(d.defaultRuntime()).isEqualTo("runc");
            assertThat(d.storageDriver()).isNotBlank();
            assertThat(d.sysboxContainers()).extracting(ContainerFacts::name).contains(name);
            assertThat(d.sysboxContainers()).filteredOn(c -> c.name().equals(name)).first()
                    .satisfies(c -> assertThat(c.state()).isEqualTo("running"))
                    .satisfies(c -> assertThat(c.image()).isEqualTo(TestBed.IMAGE));
        } finally {
            TestBed.removeContainers(name);
        }
    }

    @Test
    void anUnreachableEngineIsAFactNotACrash() {
        long t0 = System.nanoTime();
        DockerFacts d = DockerApi.inspect("unix:///nonexistent/docker.sock", Duration.ofSeconds(3));
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000);
        assertThat(d.reachable()).isEqualTo(Tri.NO);
        assertThat(d.gaps()).singleElement().satisfies(g -> assertThat(g.reason()).contains("unix:///nonexistent/docker.sock"));
        DockerFacts tcp = DockerApi.inspect("tcp://127.0.0.1:1", Duration.ofSeconds(3));
        assertThat(tcp.reachable()).isEqualTo(Tri.NO);
    }
}
