package dev.sysboxdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diagnose --lang}: text and Markdown in Simplified Chinese with every specific kept; JSON English unless asked. */
class DiagnoseLanguageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;
    private String[] machine;

    @BeforeEach
    void wsl515WithSysbox() throws Exception {
        FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("roots/ubuntu")).wslPackage("2.4.13").write();
        FakeWsl wsl = FakeWsl.create(dir.resolve("wsl")).answer("list-verbose", "  NAME      STATE           VERSION\n* Ubuntu    Running         2\n")
                .answerFromSample("version", "version-en-4.txt", 0).distro("Ubuntu", dir.resolve("roots/ubuntu"));
        Path cfg = Files.writeString(dir.resolve(".wslconfig"), "[wsl2]\nmemory=8GB\n");
        machine = new String[] {"--wsl-exe", wsl.exe().toString(), "--wslconfig", cfg.toString()};
    }

    private CliRun diagnose(String... args) {
        String[] all = new String[1 + args.length + machine.length];
        all[0] = "diagnose";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(machine, 0, all, 1 + args.length, machine.length);
        return CliRun.of(all);
    }

    @Test
    void textAndMarkdownInChineseKeepTheSpecifics() {
        CliRun text = diagnose("--lang", "zh-CN");
        assertThat(text.exit()).as(text.err()).isEqualTo(1);
        assertThat(text.out()).contains("docker commit 提交 Sysbox 容器会生成损坏的镜像", "[commit-broken]", "目标 Ubuntu：提交会损坏（BROKEN）",
                "内核 5.15", "5.15.153.1-microsoft-standard-WSL2", "修复方法：wsl-kernel-upgrade")
                .doesNotContain("produces broken images", "Target Ubuntu");
        CliRun md = diagnose("--markdown", "--lang", "zh-CN");
        assertThat(md.out()).startsWith("## Sysbox Doctor 诊断").contains("### 诊断结论", "(`commit-broken`)", "Sysbox 在这里使用 rootfs 克隆")
                .doesNotContain("### Findings");
        CliRun english = diagnose("--markdown", "--lang", "en");
        assertThat(english.out()).startsWith("## Sysbox Doctor diagnosis").contains("docker commit of Sysbox containers produces broken images");
    }

    @Test
    void jsonKeepsEnglishWordsUnlessLangIsGivenAndTheIdsNeverChange() throws Exception {
        JsonNode en = JSON.readTree(diagnose("--json").out());
        JsonNode zh = JSON.readTree(diagnose("--json", "--lang", "zh-CN").out());
        assertThat(en.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(zh.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(zh.path("findings")).extracting(f -> f.path("id").asText())
                .containsExactlyElementsOf(en.path("findings").findValuesAsText("id"));
        JsonNode broken = null;
        for (int i = 0; i < en.path("findings").size(); i++) {
            if ("commit-broken".equals(en.path("findings").get(i).path("id").asText())) {
                assertThat(en.path("findings").get(i).path("title").asText()).isEqualTo("docker commit of Sysbox containers produces broken images");
                broken = zh.path("findings").get(i);
            }
        }
        assertThat(broken).isNotNull();
        assertThat(broken.path("title").asText()).isEqualTo("docker commit 提交 Sysbox 容器会生成损坏的镜像");
        assertThat(broken.path("evidence").toString()).as("evidence stays verbatim").contains("Overlayfs on ID-mapped mounts supported by kernel: no");
    }

    @Test
    void anUnknownLanguageIsBadUsage() {
        CliRun r = diagnose("--lang", "fr");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown language 'fr' (expected en or zh-CN)");
    }
}
