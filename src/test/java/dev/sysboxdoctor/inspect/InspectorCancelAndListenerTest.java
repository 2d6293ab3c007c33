package dev.sysboxdoctor.inspect;

import dev.sysboxdoctor.inspect.MachineAddress;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facts arrive per target through the listener; an interrupt cancels everything, killing the wsl.exe trees. */
class InspectorCancelAndListenerTest {
    @TempDir Path dir;

    @Test
    void targetsArriveOneByOneThroughTheListener() throws Exception {
        FixtureMachine.wsl2Kernel66WithSysbox(dir.resolve("a")).wslPackage("2.5.10").write();
        FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("b")).write();
        FakeWsl wsl = FakeWsl.create(dir.resolve("s")).answer("list-verbose", "  NAME STATE VERSION\n* A Running 2\n  B Stopped 2\n")
                .distro("A", dir.resolve("a")).distro("B", dir.resolve("b"));
        List<String> events = new CopyOnWriteArrayList<>();
        MachineFacts f = new Inspector(new CommandRunner()).inspect(
                InspectOptions.defaults().at(MachineAddress.THIS_MACHINE.withWslExe(wsl.exe()).withWslConfig(dir.resolve("none"))), new InspectionListener() {
                    @Override
                    public void onWsl(WslFacts w) {
                        events.add("wsl:" + w.distros().size());
                    }

                    @Override
                    public void onTarget(TargetFacts t) {
                        events.add("target:" + t.name());
                    }

                    @Override
                    public void onWslConfig(WslConfigFacts c) {
                        events.add("wslconfig:" + c.exists());
                    }
                });
        assertThat(events).startsWith("wslconfig:false", "wsl:2").contains("target:A", "target:B").endsWith("wsl:2");
        assertThat(f.vantage()).isEqualTo(Vantage.WSL_EXE);
        assertThat(f.wsl().wslVersion()).isEqualTo("2.5.10");
        assertThat(f.targets()).extracting(TargetFacts::name).containsExactly("A", "B");
        assertThat(f.took()).isPositive();
    }

    @Test
    void interruptCancelsHangingCallsPromptly() throws Exception {
        FixtureMachine.wsl2Kernel66WithSysbox(dir.resolve("a")).write();
        FakeWsl wsl = FakeWsl.create(dir.resolve("s")).answer("list-verbose", "  NAME STATE VERSION\n* A Running 2\n")
                .distro("A", dir.resolve("a")).hang("exec:A");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                new Inspector(new CommandRunner()).inspect(InspectOptions.defaults().at(MachineAddress.THIS_MACHINE.withWslExe(wsl.exe()).withWslConfig(dir.resolve("none"))),
                        new InspectionListener() {
                            @Override
                            public void onProgress(String step) {
                                if (step.startsWith("Inspecting")) {
                                    started.countDown();
                                }
                            }
                        });
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(500);
        long t0 = System.nanoTime();
        t.interrupt();
        t.join(10_000);
        assertThat(t.isAlive()).isFalse();
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(8_000);
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        // The hanging fake (exec'd into "sleep 3600") leaves this JVM's descendants: the kill is
        // asynchronous (worker threads reap their own process), so allow it a few seconds.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (hangingFakes() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(hangingFakes()).isZero();
    }

    private static long hangingFakes() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse("")).filter(c -> c.contains("sleep 3600")).count();
    }
}
