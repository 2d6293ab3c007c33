package dev.sysboxdoctor.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandRunnerTest {
    private final CommandRunner runner = new CommandRunner();

    @Test
    void keepsExitCodeAndBothStreams() throws Exception {
        CommandResult r = runner.run(Command.of("sh", "-c", "echo out; echo err >&2; exit 7"));
        assertThat(r.exitCode()).isEqualTo(7);
        assertThat(r.stdoutText()).isEqualTo("out\n");
        assertThat(r.stderrText()).isEqualTo("err\n");
        assertThat(r.timedOut()).isFalse();
        assertThat(r.ok()).isFalse();
    }

    @Test
    void argumentsAreNeverInterpretedByAShell() throws Exception {
        String hostile = "x; touch /tmp/should-not-exist-$$ `id` \"quoted\" 'single'";
        CommandResult r = runner.run(Command.of("printf", "%s", hostile));
        assertThat(r.stdoutText()).isEqualTo(hostile);
    }

    @Test
    void timeoutKillsTheWholeProcessTree(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("grandchild.pid");
        CommandResult r = runner.run(Command.of("sh", "-c", "sleep 300 & echo $! > " + pidFile + "; wait")
                .withTimeout(Duration.ofMillis(700)));
        assertThat(r.timedOut()).isTrue();
        assertThat(r.elapsed()).isLessThan(Duration.ofSeconds(10));
        long grandchild = Long.parseLong(Files.readString(pidFile).trim());
        assertThat(diesWithin(grandchild, Duration.ofSeconds(5))).as("grandchild %d killed", grandchild).isTrue();
        assertThat(r.summary()).contains("timed out");
    }

    /** Dead, or a zombie waiting for its new parent to reap it: either way it runs no more. */
    private static boolean diesWithin(long pid, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            Path stat = Path.of("/proc", Long.toString(pid), "stat");
            if (!Files.exists(stat)) {
                return true;
            }
            try {
                String s = Files.readString(stat);
                if (s.substring(s.lastIndexOf(')') + 2).startsWith("Z")) {
                    return true;
                }
            } catch (IOException gone) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Test
    void outputIsCappedButTheProgramIsDrainedToTheEnd() throws Exception {
        CommandResult r = runner.run(Command.of("sh", "-c", "head -c 3000000 /dev/zero; echo done >&2").withMaxOutput(1000));
        assertThat(r.stdout()).hasSize(1000);
        assertThat(r.truncated()).isTrue();
        assertThat(r.exitCode()).isZero();
        assertThat(r.stderrText()).isEqualTo("done\n");
    }

    @Test
    void stdinIsWrittenAndClosed() throws Exception {
        CommandResult r = runner.run(Command.of("cat").withStdin("héllo\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.stdoutText()).isEqualTo("héllo\n");
    }

    @Test
    void environmentAdditionsReachTheProgram() throws Exception {
        CommandResult r = runner.run(Command.of("sh", "-c", "printf %s \"$WSL_UTF8\"").withEnv("WSL_UTF8", "1"));
        assertThat(r.stdoutText()).isEqualTo("1");
    }

    @Test
    void aMissingProgramIsAnIOException() {
        assertThatThrownBy(() -> runner.run(Command.of("/nonexistent/program-xyz"))).isInstanceOf(IOException.class);
    }

    @Test
    void interruptingTheCallerKillsTheCommand() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                runner.run(Command.of("sleep", "300").withTimeout(Duration.ofMinutes(5)));
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        long start = System.nanoTime();
        t.start();
        Thread.sleep(300);
        t.interrupt();
        t.join(10_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
