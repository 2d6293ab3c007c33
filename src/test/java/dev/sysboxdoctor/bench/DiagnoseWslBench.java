package dev.sysboxdoctor.bench;

import dev.sysboxdoctor.inspect.MachineAddress;
import dev.sysboxdoctor.diagnose.Diagnoser;
import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.host.WslCli;
import dev.sysboxdoctor.inspect.InspectOptions;
import dev.sysboxdoctor.inspect.InspectionListener;
import dev.sysboxdoctor.inspect.Inspector;
import dev.sysboxdoctor.inspect.MachineFacts;
import dev.sysboxdoctor.report.DiagnosisJson;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue 3's speed check (run by bench/diagnose-wsl.sh, not a test): the fake wsl.exe adds
 * LATENCY ms per launch, two distros. Compares a full diagnosis with the unavoidable calls
 * (one {@code -l -v}, then the two distro scripts side by side) and counts wsl.exe launches.
 */
public final class DiagnoseWslBench {
    private static final int LATENCY_MS = 300;
    private static final int ROUNDS = 5;

    private DiagnoseWslBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("sbd-bench");
        FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("ubuntu")).wslPackage("2.4.13").write();
        FixtureMachine.wsl2Kernel66WithSysbox(dir.resolve("noble")).wslPackage("2.4.13").write();
        FakeWsl wsl = FakeWsl.create(dir.resolve("scenario"))
                .answer("list-verbose", "  NAME      STATE      VERSION\n* Ubuntu    Running    2\n  Noble     Running    2\n")
                .answerFromSample("version", "version-en-4.txt", 0)
                .distro("Ubuntu", dir.resolve("ubuntu")).distro("Noble", dir.resolve("noble")).latencyMs(LATENCY_MS);
        Path cfg = Files.writeString(dir.resolve(".wslconfig"), "[wsl2]\nmemory=8GB\n");
        CommandRunner runner = new CommandRunner();
        InspectOptions options = InspectOptions.defaults().at(MachineAddress.THIS_MACHINE.withWslExe(wsl.exe()).withWslConfig(cfg));
        Inspector inspector = new Inspector(runner);
        Diagnoser diagnoser = new Diagnoser();
        String script;
        try (InputStream in = Inspector.class.getResourceAsStream("target-facts.sh")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        WslCli cli = new WslCli(runner, wsl.exe().toString(), Duration.ofSeconds(30));
        ExecutorService pool = Executors.newFixedThreadPool(2);

        // Warm up the JVM and the file cache once.
        diagnoser.diagnose(inspector.inspect(options, InspectionListener.NONE));
        unavoidable(cli, script, pool);

        List<Long> full = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        int launches = 0;
        Diagnosis last = null;
        for (int i = 0; i < ROUNDS; i++) {
            Files.writeString(wsl.dir().resolve("calls.log"), "");
            long t0 = System.nanoTime();
            MachineFacts facts = inspector.inspect(options, InspectionListener.NONE);
            last = diagnoser.diagnose(facts);
            DiagnosisJson.render(last, "bench", last.hasErrors() ? 1 : 0);
            full.add((System.nanoTime() - t0) / 1_000_000);
            launches = Math.max(launches, wsl.calls().size());
            floor.add(unavoidable(cli, script, pool));
        }
        pool.shutdownNow();
        long fullMs = median(full);
        long floorMs = median(floor);
        int distros = last.targets().size();
        System.out.printf("fake wsl.exe latency: %d ms per launch; distros: %d; rounds: %d (medians)%n", LATENCY_MS, distros, ROUNDS);
        System.out.printf("full diagnosis:    %d ms  (all rounds: %s)%n", fullMs, full);
        System.out.printf("unavoidable calls: %d ms  (-l -v, then the %d distro scripts side by side; all rounds: %s)%n", floorMs, distros, floor);
        System.out.printf("ratio: %.2f (limit 1.30)%n", (double) fullMs / floorMs);
        System.out.printf("wsl.exe launches per diagnosis: %d (limit 1 + %d = %d)%n", launches, distros, 1 + distros);
        System.out.printf("verdicts: %s%n", last.targets().stream().map(v -> v.name() + "=" + v.mode() + "/" + v.commitRisk()).toList());
        boolean ok = (double) fullMs / floorMs <= 1.30 && launches <= 1 + distros;
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        System.out.println(ok ? "PASS" : "FAIL");
        System.exit(ok ? 0 : 1);
    }

    /** One -l -v, then every distro's fact script at once: what any correct implementation must wait for. */
    private static long unavoidable(WslCli cli, String script, ExecutorService pool) throws Exception {
        long t0 = System.nanoTime();
        cli.listVerbose();
        List<Future<?>> f = new ArrayList<>();
        for (String d : List.of("Ubuntu", "Noble")) {
            f.add(pool.submit(() -> cli.exec(d, "root", List.of("sh", "-s", "--", "docker"), script.getBytes(StandardCharsets.UTF_8),
                    Duration.ofSeconds(30))));
        }
        for (Future<?> x : f) {
            x.get();
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
