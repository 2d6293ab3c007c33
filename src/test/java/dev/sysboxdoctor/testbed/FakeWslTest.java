package dev.sysboxdoctor.testbed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.host.Command;
import dev.sysboxdoctor.host.CommandResult;
import dev.sysboxdoctor.host.CommandRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fake wsl.exe answers with wsl.exe's encodings, line ends, exit codes and distro execution. */
class FakeWslTest {
    private final CommandRunner runner = new CommandRunner();

    private CommandResult run(FakeWsl wsl, String... args) throws Exception {
        String[] argv = new String[args.length + 1];
        argv[0] = wsl.exe().toString();
        System.arraycopy(args, 0, argv, 1, args.length);
        return runner.run(Command.of(argv).withTimeout(Duration.ofSeconds(20)));
    }

    @Test
    void ownMessagesAreUtf16LeWithoutBomAndCrlf(@TempDir Path dir) throws Exception {
        FakeWsl wsl = FakeWsl.create(dir).answerFromSample("list-verbose", "list-verbose-en-2.txt", 0);
        CommandResult r = run(wsl, "-l", "-v");
        assertThat(r.exitCode()).isZero();
        assertThat(Arrays.copyOf(r.stdout(), 4)).containsExactly(' ', 0, ' ', 0);
        String text = new String(r.stdout(), StandardCharsets.UTF_16LE);
        assertThat(text).startsWith("  NAME").contains("* Ubuntu                  Stopped         2\r\n");
    }

    @Test
    void oldBuildsEndLinesWithCrCrLf(@TempDir Path dir) throws Exception {
        FakeWsl wsl = FakeWsl.create(dir).answer("help", "Copyright (c) Microsoft Corporation. All rights reserved.\n").eol("help", FakeWsl.Eol.CRCRLF);
        CommandResult r = run(wsl, "--help");
        assertThat(new String(r.stdout(), StandardCharsets.UTF_16LE)).endsWith("reserved.\r\r\n");
        assertThat(Arrays.copyOfRange(r.stdout(), r.stdout().length - 6, r.stdout().length)).containsExactly(0x0d, 0, 0x0d, 0, 0x0a, 0);
    }

    @Test
    void wslUtf8SwitchesToUtf8(@TempDir Path dir) throws Exception {
        FakeWsl wsl = FakeWsl.create(dir).answerFromSample("version", "version-en-1.txt", 0);
        CommandResult r = runner.run(Command.of(wsl.exe().toString(), "--version").withEnv("WSL_UTF8", "1"));
        assertThat(r.stdoutText()).startsWith("WSL version: 1.1.2.0\r\nKernel version: 5.15.83.1\r\n");
    }

    @Test
    void errorsGoToStdoutWithExit255(@TempDir Path dir) throws Exception {
        FakeWsl wsl = FakeWsl.create(dir);
        CommandResult r = run(wsl, "-d", "NoSuchDistro", "-e", "true");
        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.stderr()).isEmpty();
        assertThat(new String(r.stdout(), StandardCharsets.UTF_16LE)).contains("WSL_E_DISTRO_NOT_FOUND");
        CommandResult inbox = run(wsl, "--version");
        assertThat(inbox.exitCode()).isEqualTo(255);
        assertThat(new String(inbox.stdout(), StandardCharsets.UTF_16LE)).startsWith("Invalid command line option: --version");
    }

    @Test
    void runsCommandsInsideTheFixtureRootWithRawOutput(@TempDir Path dir) throws Exception {
        Path root = FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("ubuntu")).write();
        FakeWsl wsl = FakeWsl.create(dir.resolve("scenario")).distro("Ubuntu-22.04", root);
        CommandResult r = run(wsl, "-d", "Ubuntu-22.04", "-u", "root", "-e", "sh", "-c",
                "uname -r; cat \"$SYSBOX_DOCTOR_ROOT/proc/version\" | cut -c1-13; echo \"$WSL_DISTRO_NAME $FAKE_WSL_USER\"");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdoutText()).isEqualTo("5.15.153.1-microsoft-standard-WSL2\nLinux version\nUbuntu-22.04 root\n");
        CommandResult viaStdin = runner.run(Command.of(wsl.exe().toString(), "-d", "Ubuntu-22.04", "-e", "sh", "-s")
                .withStdin("sysbox-runc --version | grep version; exit 4\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(viaStdin.stdoutText()).contains("0.6.7");
        assertThat(viaStdin.exitCode()).as("the Linux command's exit code passes through").isEqualTo(4);
        assertThat(wsl.calls()).containsExactly("-d Ubuntu-22.04 -u root -e sh -c uname -r; cat \"$SYSBOX_DOCTOR_ROOT/proc/version\" | cut -c1-13; echo \"$WSL_DISTRO_NAME $FAKE_WSL_USER\"",
                "-d Ubuntu-22.04 -e sh -s");
    }

    @Test
    void aDistroThatCannotStart(@TempDir Path dir) throws Exception {
        FakeWsl wsl = FakeWsl.create(dir).failingDistro("Broken", Samples.body("error-service-disabled-en-1.txt").lines().limit(2)
                .reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n", -1);
        CommandResult r = run(wsl, "-d", "Broken", "-e", "true");
        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(new String(r.stdout(), StandardCharsets.UTF_16LE)).contains("Error code: Wsl/0x80070422");
    }

    @Test
    void latencyAndHangs(@TempDir Path dir) throws Exception {
        FakeWsl wsl = FakeWsl.create(dir).latencyMs(300).hang("status").answer("version", "WSL version: 2.5.9.0\n");
        CommandResult slow = run(wsl, "--version");
        assertThat(slow.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        CommandResult hung = runner.run(Command.of(wsl.exe().toString(), "--status").withTimeout(Duration.ofSeconds(2)));
        assertThat(hung.timedOut()).isTrue();
    }
}
