package dev.sysboxdoctor.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.inspect.ScriptSections.Section;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The docker CLI sections of a WSL distro's fact script. */
class DockerCliParserTest {
    private static Map<String, Section> sections(String info, int rc, String containers) {
        return Map.of("docker-info", new Section("docker-info", info, rc), "docker-containers", new Section("docker-containers", containers, 0));
    }

    @Test
    void engineWithSysboxAsDefaultAndASysboxContainer() {
        String info = "WARNING: bridge-nf-call-iptables is disabled\n{\"ServerVersion\":\"27.5.1\",\"OperatingSystem\":\"Ubuntu 22.04.5 LTS\","
                + "\"Name\":\"desk\",\"Driver\":\"overlay2\",\"DefaultRuntime\":\"sysbox-runc\",\"Runtimes\":{\"runc\":{},\"sysbox-runc\":{\"path\":\"/usr/bin/sysbox-runc\"}},"
                + "\"HttpProxy\":\"http://bob:hunter2@proxy:3128\"}";
        String cs = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\t/devbox\tubuntu:24.04\tsysbox-runc\trunning\n"
                + "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210\t/web\tnginx\trunc\texited\n";
        DockerFacts d = DockerCliParser.parse("docker CLI in U", sections(info, 0, cs));
        assertThat(d.reachable()).isEqualTo(Tri.YES);
        assertThat(d.version()).isEqualTo("27.5.1");
        assertThat(d.defaultRuntime()).isEqualTo("sysbox-runc");
        assertThat(d.runtimes()).containsExactly("runc", "sysbox-runc");
        assertThat(d.dockerDesktop()).isFalse();
        assertThat(d.sysboxContainers()).containsExactly(new ContainerFacts("0123456789ab", "devbox", "ubuntu:24.04", "sysbox-runc", "running"));
        assertThat(d.containers()).hasSize(2);
        assertThat(d.toString()).doesNotContain("hunter2");
    }

    @Test
    void dockerDesktopEngineAndUnreachableEngineAndNoCli() {
        DockerFacts dd = DockerCliParser.parse("e", sections("{\"ServerVersion\":\"28.0.4\",\"OperatingSystem\":\"Docker Desktop\",\"Name\":\"docker-desktop\",\"Runtimes\":{\"runc\":{}}}", 0, ""));
        assertThat(dd.dockerDesktop()).isTrue();
        DockerFacts down = DockerCliParser.parse("e", sections("{\"ServerVersion\":\"\",\"ServerErrors\":[\"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\"]}", 1, ""));
        assertThat(down.reachable()).isEqualTo(Tri.NO);
        assertThat(down.gaps().get(0).evidence()).containsExactly("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?");
        DockerFacts noCli = DockerCliParser.parse("e", Map.of("docker-info", new Section("docker-info", "no docker CLI", 127)));
        assertThat(noCli.gaps().get(0).reason()).isEqualTo("no docker CLI in this distro");
        DockerFacts garbage = DockerCliParser.parse("e", sections("{\"ServerVers", 0, ""));
        assertThat(garbage.reachable()).isEqualTo(Tri.NO);
        assertThat(DockerCliParser.parse("e", Map.of()).reachable()).isEqualTo(Tri.NO);
    }
}
