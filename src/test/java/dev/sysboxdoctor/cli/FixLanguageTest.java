package dev.sysboxdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.app.Services;
import dev.sysboxdoctor.remedy.PathFirstRunner;
import dev.sysboxdoctor.testbed.FixtureMachine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fix --lang zh-CN}: the plan, its steps and refusals speak Chinese; commands and diffs stay as they are. */
class FixLanguageTest {
    @TempDir Path tmp;

    @Test
    void thePlanIsInChineseWithItsCommandsUnchanged() {
        Path root = FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m")).write();
        CliRun zh = CliRun.of(Services.with(new PathFirstRunner(root.resolve("bin"))),
                "fix", "precheck", "--root", root.toString(), "--dry-run", "--lang", "zh-CN");
        assertThat(zh.exit()).as(zh.err()).isZero();
        assertThat(zh.out()).contains("跳过 sysbox-mgr 失败的 shiftfs 预检查", "+ExecStart=/usr/bin/sysbox-mgr --disable-shiftfs-precheck",
                "$ systemctl daemon-reload").doesNotContain("Skip the failing shiftfs precheck");
        CliRun en = CliRun.of(Services.with(new PathFirstRunner(root.resolve("bin"))),
                "fix", "precheck", "--root", root.toString(), "--dry-run", "--lang", "en");
        assertThat(en.out()).contains("Skip the failing shiftfs precheck of sysbox-mgr");
    }
}
