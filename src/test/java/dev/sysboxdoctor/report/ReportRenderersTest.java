package dev.sysboxdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sysboxdoctor.diagnose.Diagnoser;
import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.inspect.ContainerFacts;
import dev.sysboxdoctor.inspect.DockerFacts;
import dev.sysboxdoctor.inspect.Gap;
import dev.sysboxdoctor.inspect.KernelFacts;
import dev.sysboxdoctor.inspect.KernelPlatform;
import dev.sysboxdoctor.inspect.KernelVersion;
import dev.sysboxdoctor.inspect.MachineFacts;
import dev.sysboxdoctor.inspect.ShiftfsState;
import dev.sysboxdoctor.inspect.SysboxFacts;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.inspect.TargetKind;
import dev.sysboxdoctor.inspect.Tri;
import dev.sysboxdoctor.inspect.Vantage;
import dev.sysboxdoctor.inspect.WslConfigFacts;
import dev.sysboxdoctor.inspect.WslDistro;
import dev.sysboxdoctor.inspect.WslFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON schema 1 fields, text and Markdown, and what never gets printed. */
class ReportRenderersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Diagnosis diagnosis() {
        WslDistro distro = new WslDistro("Ubuntu", "Running", 2, true, false);
        KernelFacts k = new KernelFacts("5.15.153.1-microsoft-standard-WSL2", new KernelVersion(5, 15, 153), KernelPlatform.WSL2, "Linux version 5.15",
                Tri.NO, "kernel 5.15 < 5.19", ShiftfsState.ABSENT, "not in /proc/modules", Tri.YES, List.of());
        SysboxFacts s = new SysboxFacts(Tri.YES, "0.6.7", "sysbox-runc --version", "/usr/bin/sysbox-mgr --log /home/annika7/mgr.log",
                List.of("/lib/systemd/system/sysbox-mgr.service"), List.of("--log", "/home/annika7/mgr.log"), Tri.YES, List.of("--log", "/home/annika7/mgr.log"),
                null, null, Tri.NO, null, List.of(Gap.of("sysbox.journal", "could not read the journal", "GITHUB_TOKEN=ghp_abcdefghijklmnop")));
        DockerFacts d = new DockerFacts(Tri.YES, "tcp://bob:s3cret@10.0.0.2:2375", "27.5.1", false, "Ubuntu 22.04", List.of("runc", "sysbox-runc"),
                "runc", "overlay2", List.of(new ContainerFacts("0123456789ab", "devbox", "ubuntu", "sysbox-runc", "running")), List.of());
        TargetFacts t = new TargetFacts("Ubuntu", TargetKind.WSL_DISTRO, distro, Tri.YES, k, s, d, List.of());
        WslFacts w = new WslFacts(true, "wsl.exe", "2.4.13", "5.15.153.1", false, List.of(distro, new WslDistro("docker-desktop", "Stopped", 2, false, true)), List.of());
        WslConfigFacts c = new WslConfigFacts("C:\\Users\\annika7\\.wslconfig", true, "C:\\Users\\annika7\\bzImage", "kernel=C:\\\\Users\\\\annika7\\\\bzImage", List.of());
        return new Diagnoser().diagnose(new MachineFacts(Instant.parse("2026-11-29T03:00:00Z"), Duration.ofMillis(812), Vantage.WSL_EXE, w, c, List.of(t), List.of()));
    }

    @Test
    void jsonCarriesTheContractFields() throws Exception {
        Diagnosis d = diagnosis();
        String json = DiagnosisJson.render(d, "0.1.0", 1);
        JsonNode j = JSON.readTree(json);
        assertThat(j.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(j.at("/host/kind").asText()).isEqualTo("WINDOWS");
        assertThat(j.at("/wsl/version").asText()).isEqualTo("2.4.13");
        assertThat(j.at("/wsl/kernelVersion").asText()).isEqualTo("5.15.153.1");
        for (String f : List.of("name", "state", "version", "default")) {
            assertThat(j.at("/wsl/distros/0").has(f)).as(f).isTrue();
        }
        JsonNode t = j.at("/targets/0");
        assertThat(t.at("/kernel/release").asText()).isEqualTo("5.15.153.1-microsoft-standard-WSL2");
        assertThat(t.at("/kernel/shiftfs").asText()).isEqualTo("ABSENT");
        assertThat(t.at("/kernel/overlayIdmap").isBoolean()).isTrue();
        assertThat(t.at("/sysbox/installed").asBoolean()).isTrue();
        assertThat(t.at("/sysbox/version").asText()).isEqualTo("0.6.7");
        assertThat(t.at("/sysbox/mgrFlags").isArray()).isTrue();
        assertThat(t.at("/sysbox/mode").asText()).isEqualTo("ROOTFS_CLONING");
        assertThat(t.path("commitRisk").asText()).isEqualTo("BROKEN");
        JsonNode f = j.at("/findings/0");
        for (String field : List.of("id", "severity", "target", "title", "detail", "evidence", "remedies")) {
            assertThat(f.has(field)).as(field).isTrue();
        }
        assertThat(f.path("severity").asText()).isEqualTo("ERROR");
        assertThat(j.at("/summary/exitCode").asInt()).isEqualTo(1);
        assertThat(json).doesNotContain("s3cret").doesNotContain("ghp_abcdefghijklmnop").contains("tcp://***@10.0.0.2:2375");
    }

    @Test
    void markdownForSharingRedactsUserNamesAndSecrets() {
        String md = DiagnosisMarkdown.render(diagnosis(), "0.1.0");
        assertThat(md).startsWith("## Sysbox Doctor diagnosis").contains("| Ubuntu | 5.15.153.1-microsoft-standard-WSL2 | absent | no | 0.6.7 |")
                .contains("| rootfs cloning | broken |").contains("`wsl-kernel-unpin`").contains("docker-desktop (Docker Desktop)");
        assertThat(md).doesNotContain("annika7").doesNotContain("s3cret").doesNotContain("ghp_abcdefghijklmnop");
        assertThat(md).contains("C:\\Users\\USER\\bzImage").contains("/home/USER/mgr.log");
    }

    @Test
    void tablesAndTextSayTheEnumsInWordsInBothLanguages() {
        String md = DiagnosisMarkdown.render(diagnosis(), "0.1.0", Language.ZH_CN);
        assertThat(md).contains("| 不存在 | 否 | 0.6.7 |", "| rootfs 克隆 | 会损坏 |", "- **错误**", "主机 Windows");
        String text = DiagnosisText.render(diagnosis(), Language.ZH_CN);
        assertThat(text).contains("（WSL 2），shiftfs 不存在", "，模式 rootfs 克隆");
        String en = DiagnosisText.render(diagnosis(), Language.EN);
        assertThat(en).contains("(WSL 2), shiftfs absent", ", mode rootfs cloning");
        // Evidence lines stay verbatim (they may quote an enum); the tables and the frame say words.
        for (String s : List.of(md, text, en)) {
            s.lines().filter(l -> l.startsWith("| ") || l.startsWith("Host") || l.startsWith("主机") || l.startsWith("  kernel")
                    || l.startsWith("  内核") || l.startsWith("- sysbox-doctor")).forEach(l -> assertThat(l)
                    .doesNotContain("ROOTFS_CLONING", "ABSENT", "BROKEN", "WINDOWS", "WSL2)", "NATIVE"));
        }
    }

    @Test
    void textIsReadableAndKeepsSecretsOut() {
        String text = DiagnosisText.render(diagnosis());
        assertThat(text).startsWith("Sysbox Doctor: docker commit of Sysbox containers is BROKEN on 1 of 1 target.")
                .contains("Host: Windows").contains("[ERROR] Ubuntu: docker commit of Sysbox containers produces broken images  [commit-broken]")
                .contains("remedies: wsl-kernel-unpin, save-export-import, save-snapshot");
        assertThat(text).doesNotContain("ghp_abcdefghijklmnop").doesNotContain("s3cret");
    }

    @Test
    void redactorPatterns() {
        Redactor share = Redactor.forSharing();
        assertThat(share.apply("/mnt/c/Users/Jesper$ cat /proc/version")).isEqualTo("/mnt/c/Users/USER$ cat /proc/version");
        assertThat(share.apply("C:\\\\Users\\\\annika7\\\\k")).isEqualTo("C:\\\\Users\\\\USER\\\\k");
        assertThat(share.apply("Authorization: Bearer abcdefghijklmnop")).isEqualTo("Authorization: Bearer ***");
        assertThat(Redactor.secretsOnly().apply("DB_PASSWORD=\"x y\" other")).isEqualTo("DB_PASSWORD=*** other");
        assertThat(Redactor.secretsOnly().apply("/home/annika7/x")).isEqualTo("/home/annika7/x");
        assertThat(share.apply(null)).isNull();
        assertThat(share.apply("Nov 28 09:00:00 annikas-laptop sysbox-mgr[4242]: time=\"x\" msg=\"Ready ...\""))
                .isEqualTo("Nov 28 09:00:00 HOST sysbox-mgr[4242]: time=\"x\" msg=\"Ready ...\"");
        assertThat(share.apply("2023-02-01T10:00:00+0000 box1 sysbox-mgr[1]: Starting ...")).isEqualTo("2023-02-01T10:00:00+0000 HOST sysbox-mgr[1]: Starting ...");
    }
}
