package dev.sysboxdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.app.AppVersion;
import org.junit.jupiter.api.Test;

/** The contract's commands exist, answer --help and --version, and reject bad usage with exit 2. */
class CliSkeletonTest {
    private String out;
    private String err;

    private int run(String... args) {
        CliRun r = CliRun.of(args);
        out = r.out();
        err = r.err();
        return r.exit();
    }

    @Test
    void versionPrintsTheProjectVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out).isEqualTo("sysbox-doctor " + AppVersion.get() + System.lineSeparator());
        assertThat(AppVersion.get()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void everyContractCommandHasHelp() {
        for (String[] cmd : new String[][] {{"diagnose"}, {"image", "save"}, {"image", "commit"}, {"image", "export-import"},
                {"image", "snapshot"}, {"image", "verify"}, {"fix", "precheck"}, {"fix", "wsl-kernel"}}) {
            String[] withHelp = java.util.Arrays.copyOf(cmd, cmd.length + 1);
            withHelp[cmd.length] = "--help";
            assertThat(run(withHelp)).as(String.join(" ", withHelp)).isZero();
            assertThat(out).contains("Usage: sysbox-doctor " + String.join(" ", cmd));
        }
    }

    @Test
    void badUsageExitsTwoWithAMessage() {
        assertThat(run("image", "save", "some-container")).isEqualTo(2);
        assertThat(err).contains("Missing required option: '--tag=REPO:TAG'");
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(err).contains("Unmatched argument");
        assertThat(run()).isEqualTo(2);
    }
}
