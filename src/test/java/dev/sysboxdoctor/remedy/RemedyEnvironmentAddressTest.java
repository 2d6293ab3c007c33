package dev.sysboxdoctor.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.inspect.InspectOptions;
import dev.sysboxdoctor.inspect.MachineAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inspection and remedies reach a machine through the same address. */
class RemedyEnvironmentAddressTest {
    @TempDir
    Path dir;

    @Test
    void thisMachineIsTheRealRootAndNotConfined() {
        RemedyEnvironment env = RemedyEnvironment.local(new CommandRunner());
        assertThat(env.address()).isEqualTo(MachineAddress.THIS_MACHINE);
        assertThat(env.root()).isEqualTo(Path.of("/"));
        assertThat(env.confined()).isFalse();
    }

    @Test
    void oneAddressServesInspectionAndRemedies() {
        MachineAddress fixture = MachineAddress.THIS_MACHINE.withWslExe(dir.resolve("wsl.exe"))
                .withWslConfig(dir.resolve(".wslconfig")).withDistro("Ubuntu").withRoot(dir.resolve("root/../root"));
        RemedyEnvironment env = RemedyEnvironment.local(new CommandRunner()).at(fixture);
        InspectOptions options = InspectOptions.defaults().at(fixture);

        assertThat(options.address()).isEqualTo(env.address());
        assertThat(env.root()).isEqualTo(dir.resolve("root"));
        assertThat(env.confined()).isTrue();
        assertThat(env.wslExe()).isEqualTo(dir.resolve("wsl.exe"));
        assertThat(env.effectiveWslExe()).isEqualTo(dir.resolve("wsl.exe").toString());
        assertThat(env.distro()).isEqualTo("Ubuntu");
        assertThat(env.withLocale(java.util.Locale.SIMPLIFIED_CHINESE).address()).as("texts change, the machine not")
                .isEqualTo(fixture);
    }
}
