package dev.sysboxdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.app.Services;
import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.testbed.RealTexts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fix wsl-networking}: preview, byte-exact .wslconfig edit with backup, wsl --shutdown behind the guard, revert. */
class WslNetworkingFixTest {
    @TempDir Path tmp;
    private String out;
    private String err;

    private int run(String... args) {
        CliRun r = CliRun.of(Services.with(new CommandRunner()), args);
        out = r.out();
        err = r.err();
        return r.exit();
    }

    private FakeWsl wsl(Path distro) {
        return FakeWsl.create(tmp.resolve("wsl"))
                .answer("list-verbose", "  NAME      STATE           VERSION\n* Ubuntu    Running         2\n")
                .answer("version", "WSL version: 2.6.1.0\nKernel version: 6.6.87.2-1\n")
                .defaultDistro("Ubuntu").distro("Ubuntu", distro).answer("shutdown", "");
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    @Test
    void mirroredBecomesNatByteExactThenReverts() throws Exception {
        Path distro = FixtureMachine.wslMirrored(tmp.resolve("ubuntu")).write();
        Path cfg = tmp.resolve("home/.wslconfig");
        Files.createDirectories(cfg.getParent());
        byte[] original = RealTexts.WSLCONFIG_MIRRORED.getBytes(StandardCharsets.UTF_8);
        Files.write(cfg, original);
        FakeWsl wsl = wsl(distro);
        String[] args = {"fix", "wsl-networking", "--wsl-exe", wsl.exe().toString(), "--wslconfig", cfg.toString()};

        assertThat(run(concat(args, "--dry-run"))).as(out + err).isZero();
        assertThat(out).contains("device or resource busy", "-networkingMode=mirrored     # Enable the mirrored networking feature",
                "+# sysbox-doctor: networkingMode=mirrored     # Enable the mirrored networking feature", "+networkingMode=nat",
                "--shutdown");
        assertThat(Files.readAllBytes(cfg)).isEqualTo(original);
        assertThat(wsl.calls()).noneMatch(c -> c.contains("--shutdown"));

        assertThat(run(concat(args, "--yes"))).as(out + err).isZero();
        assertThat(Files.readString(cfg)).isEqualTo("# Settings apply across all Linux distros running on WSL 2\r\n[wsl2]\r\nmemory=8GB\r\n"
                + "# sysbox-doctor: networkingMode=mirrored     # Enable the mirrored networking feature\r\nnetworkingMode=nat\r\ndnsTunneling=true\r\n");
        assertThat(wsl.calls()).anyMatch(c -> c.contains("--shutdown"));
        assertThat(cfg.resolveSibling(".wslconfig.sysbox-doctor.bak")).hasBinaryContent(original);

        assertThat(run(concat(args, "--dry-run"))).as("already NAT: refused with the reason").isEqualTo(2);
        assertThat(out + err).contains("does not ask for mirrored networking");

        assertThat(run(concat(args, "--revert", "--yes"))).as(out + err).isZero();
        assertThat(Files.readAllBytes(cfg)).isEqualTo(original);
        try (var s = Files.list(cfg.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly(".wslconfig");
        }
    }

    @Test
    void onACloningHostTheShutdownWaitsForTheGuard() throws Exception {
        Path distro = FixtureMachine.wsl2Kernel515WithSysbox(tmp.resolve("ubuntu")).wslNetworkingMode("mirrored").write();
        Path cfg = tmp.resolve("home/.wslconfig");
        Files.createDirectories(cfg.getParent());
        byte[] original = "[wsl2]\nnetworkingMode=Mirrored\n".getBytes(StandardCharsets.UTF_8);
        Files.write(cfg, original);
        FakeWsl wsl = wsl(distro);
        String[] args = {"fix", "wsl-networking", "--wsl-exe", wsl.exe().toString(), "--wslconfig", cfg.toString()};
        int exit = run(concat(args, "--yes"));
        // Sysbox containers' changes live in rootfs clones here and no engine can save them: nothing is changed or stopped
        assertThat(exit).as(out + err).isNotZero();
        assertThat(Files.readAllBytes(cfg)).isEqualTo(original);
        assertThat(wsl.calls()).noneMatch(c -> c.contains("--shutdown"));
        assertThat(run(concat(args, "--yes", "--discard-unsaved"))).as(out + err).isZero();
        assertThat(Files.readString(cfg)).isEqualTo("[wsl2]\n# sysbox-doctor: networkingMode=Mirrored\nnetworkingMode=nat\n");
    }
}
