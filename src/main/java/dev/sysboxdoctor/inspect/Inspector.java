package dev.sysboxdoctor.inspect;

import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.host.LocalTarget;
import dev.sysboxdoctor.host.WindowsInterop;
import dev.sysboxdoctor.host.WslCli;
import dev.sysboxdoctor.host.WslOutput;
import dev.sysboxdoctor.host.WslReply;
import dev.sysboxdoctor.host.WslTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gathers the facts of a machine: WSL through wsl.exe, one batched script per target, Docker
 * through its API. Blocking; run it off the JavaFX thread. Interrupting the calling thread
 * cancels every running command (their process trees are killed) and throws InterruptedException.
 *
 * <p>wsl.exe launches cost hundreds of ms each, so from Windows it makes one {@code -l -v}
 * call and then one script run per distro, all distros at once; the WSL package version comes
 * from {@code wslinfo} inside a distro. {@code --version} runs only when .wslconfig pins a kernel
 * (concurrently with the list) or no distro could tell the version.
 */
public class Inspector {
    private final CommandRunner runner;

    public Inspector(CommandRunner runner) {
        this.runner = runner;
    }

    public MachineFacts inspect(InspectOptions options, InspectionListener listener) throws InterruptedException {
        InspectionListener l = listener == null ? InspectionListener.NONE : listener;
        Instant at = Instant.now();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newCachedThreadPool(daemonThreads());
        try {
            String wslExe = options.address().effectiveWslExe();
            MachineFacts partial = wslExe != null ? viaWsl(wslExe, options, l, pool) : local(options, l, pool);
            return new MachineFacts(at, Duration.ofNanos(System.nanoTime() - t0), partial.vantage(), partial.wsl(),
                    partial.wslConfig(), partial.targets(), partial.gaps());
        } finally {
            pool.shutdownNow();
        }
    }

    private MachineFacts viaWsl(String exe, InspectOptions o, InspectionListener l, ExecutorService pool)
            throws InterruptedException {
        WslCli cli = new WslCli(runner, exe, o.wslTimeout());
        WslConfigFacts cfg = readWslConfig(o.address().wslConfig(), true);
        l.onWslConfig(cfg);
        l.onStep(InspectionStep.LISTING_DISTROS, null);
        Future<WslReply> listF = pool.submit(cli::listVerbose);
        Future<WslReply> versionF = cfg.pinned() ? pool.submit(cli::version) : null;

        List<Gap> wslGaps = new ArrayList<>();
        List<WslDistro> distros = List.of();
        boolean available = false;
        Outcome<WslReply> list = await(listF);
        if (list.error() != null) {
            wslGaps.add(Gap.of("wsl", "could not run " + exe + ": " + list.error()));
        } else if (list.value().timedOut()) {
            wslGaps.add(Gap.timeout("wsl.list", "wsl.exe --list --verbose timed out after " + o.wslTimeout().toSeconds() + " s"));
        } else {
            available = true;
            WslReply r = list.value();
            WslListParser.Result parsed = WslListParser.parse(r.stdout());
            distros = parsed.distros();
            if (!r.ok()) {
                String code = r.errorCode();
                boolean none = code != null && code.contains("DEFAULT_DISTRO_NOT_FOUND");
                if (!none || !distros.isEmpty()) {
                    wslGaps.add(new Gap("wsl.list", "wsl.exe --list --verbose failed (exit " + r.exitCode() + ")"
                            + (code != null ? ": " + code : ""), lines(r.allText())));
                }
            } else if (distros.isEmpty() && !parsed.unparsed().isEmpty() && !r.stdout().contains("no installed distributions")) {
                wslGaps.add(new Gap("wsl.list", "could not read the distro list", parsed.unparsed()));
            }
        }
        WslFacts early = new WslFacts(available, exe, null, null, false, distros, wslGaps);
        l.onWsl(early);

        List<WslDistro> targets = new ArrayList<>();
        if (o.address().distro() != null) {
            targets.add(distros.stream().filter(d -> d.name().equalsIgnoreCase(o.address().distro())).findFirst()
                    .orElse(new WslDistro(o.address().distro(), "Unknown", 0, false, WslListParser.DOCKER_DESKTOP_DISTROS.contains(o.address().distro()))));
        } else {
            targets.addAll(early.userDistros());
        }
        Map<WslDistro, Future<TargetRun>> running = new LinkedHashMap<>();
        for (WslDistro d : targets) {
            running.put(d, pool.submit(() -> inspectDistro(cli, d, o, l)));
        }
        List<TargetFacts> facts = new ArrayList<>();
        String wslVersion = null;
        String kernelRelease = null;
        for (Map.Entry<WslDistro, Future<TargetRun>> e : running.entrySet()) {
            Outcome<TargetRun> r = await(e.getValue());
            if (r.error() != null) {
                TargetFacts failed = new TargetFacts(e.getKey().name(), TargetKind.WSL_DISTRO, e.getKey(), Tri.NO,
                        KernelFacts.unknown(List.of()), SysboxFacts.unknown(List.of()),
                        DockerFacts.unreachable("docker CLI in " + e.getKey().name(), Gap.of("docker", "not asked")),
                        List.of(Gap.of("target", "could not run wsl.exe: " + r.error())));
                l.onTarget(failed);
                facts.add(failed);
                continue;
            }
            facts.add(r.value().facts());
            if (wslVersion == null) {
                wslVersion = r.value().wslVersion();
            }
            KernelFacts k = r.value().facts().kernel();
            if (kernelRelease == null && k.platform() == KernelPlatform.WSL2 && k.release() != null) {
                kernelRelease = k.release();
            }
        }

        String kernelVersion = null;
        boolean inbox = false;
        if (available && (versionF != null || wslVersion == null)) {
            l.onStep(InspectionStep.WSL_VERSION, null);
            Outcome<WslReply> v = await(versionF != null ? versionF : pool.submit(cli::version));
            if (v.error() == null && !v.value().timedOut()) {
                WslVersionParser.Versions parsed = WslVersionParser.parseVersion(v.value().stdout());
                if (v.value().ok() && parsed.wslVersion() != null) {
                    wslVersion = parsed.wslVersion();
                    kernelVersion = parsed.kernelVersion();
                } else if (!v.value().ok() && parsed.wslVersion() == null) {
                    inbox = true;
                    Outcome<WslReply> st = await(pool.submit(cli::status));
                    if (st.error() == null && st.value().ok()) {
                        kernelVersion = WslVersionParser.parseStatusKernel(st.value().stdout());
                    }
                } else {
                    wslGaps.add(new Gap("wsl.version", "could not read wsl.exe --version", lines(v.value().allText())));
                }
            } else {
                wslGaps.add(v.error() != null ? Gap.of("wsl.version", "wsl.exe --version failed: " + v.error())
                        : Gap.timeout("wsl.version", "wsl.exe --version timed out after " + o.wslTimeout().toSeconds() + " s"));
            }
        }
        if (kernelVersion == null && kernelRelease != null) {
            kernelVersion = kernelRelease.replaceFirst("-microsoft-standard.*$", "");
        }
        WslFacts wsl = new WslFacts(available, exe, wslVersion, kernelVersion, inbox, distros, wslGaps);
        l.onWsl(wsl);
        return new MachineFacts(Instant.now(), Duration.ZERO, Vantage.WSL_EXE, wsl, cfg, facts, List.of());
    }

    private record TargetRun(TargetFacts facts, String wslVersion) {}

    private static TargetRun inspectDistro(WslCli cli, WslDistro d, InspectOptions o, InspectionListener l)
            throws InterruptedException {
        l.onStep(InspectionStep.TARGET, d.name());
        TargetInspector.ScriptRun run = TargetInspector.runScript(new WslTarget(cli, d.name()), true, o.scriptTimeout());
        String endpoint = "docker CLI in " + d.name();
        DockerFacts docker = run.failure() != null
                ? DockerFacts.unreachable(endpoint, Gap.of("docker", "not asked: the distro did not answer"))
                : DockerCliParser.parse(endpoint, run.sections());
        TargetFacts tf = TargetInspector.facts(d.name(), TargetKind.WSL_DISTRO, d, run, docker);
        l.onTarget(tf);
        return new TargetRun(tf, run.wslinfoVersion());
    }

    private MachineFacts local(InspectOptions o, InspectionListener l, ExecutorService pool) throws InterruptedException {
        LocalTarget target = new LocalTarget(runner, o.address().root());
        l.onStep(InspectionStep.THIS_MACHINE, null);
        // Inside WSL the distro list comes from Windows' wsl.exe through interop (looked for under --root too).
        WindowsInterop interop = new WindowsInterop(o.address().root() == null ? Path.of("/") : o.address().root(), runner);
        String interopExe = interop.wslExe().map(Path::toString).orElse(null);
        Future<WslReply> listF = interopExe == null ? null
                : pool.submit(() -> new WslCli(runner, interopExe, o.wslTimeout()).listVerbose());
        Future<TargetInspector.ScriptRun> runF = pool.submit(() -> TargetInspector.runScript(target, false, o.scriptTimeout()));
        boolean askDocker = o.address().root() == null || o.dockerHost() != null;
        String endpoint = DockerApi.endpoint(o.dockerHost());
        Future<DockerFacts> dockerF = askDocker ? pool.submit(() -> DockerApi.inspect(endpoint, o.dockerTimeout())) : null;
        Outcome<TargetInspector.ScriptRun> run = await(runF);
        TargetInspector.ScriptRun r = run.error() != null
                ? new TargetInspector.ScriptRun(Map.of(), Gap.of("target", "could not run the fact script: " + run.error()), false, null)
                : run.value();
        DockerFacts docker;
        if (dockerF == null) {
            docker = DockerFacts.unreachable(null, Gap.of("docker", "not asked: --root inspects files only; pass --docker-host to ask an engine"));
        } else {
            Outcome<DockerFacts> d = await(dockerF);
            docker = d.error() != null ? DockerFacts.unreachable(endpoint, Gap.of("docker", d.error())) : d.value();
        }
        TargetFacts tf = TargetInspector.facts("local", TargetKind.LOCAL, null, r, docker);
        l.onTarget(tf);
        WslFacts wsl = null;
        WslConfigFacts cfg = null;
        KernelPlatform p = tf.kernel().platform();
        if (p == KernelPlatform.WSL2 || p == KernelPlatform.WSL1) {
            // Inside WSL: the distro itself is the target; its wslinfo tells the WSL version.
            String release = tf.kernel().release();
            List<WslDistro> distros = List.of();
            List<Gap> wslGaps = new ArrayList<>();
            if (listF != null) {
                Outcome<WslReply> list = await(listF);
                if (list.error() != null || list.value().timedOut() || !list.value().ok()) {
                    wslGaps.add(Gap.of("wsl.list", "wsl.exe through interop did not list the distros: "
                            + (list.error() != null ? list.error() : list.value().result().summary())));
                } else {
                    distros = WslListParser.parse(list.value().stdout()).distros();
                }
            }
            wsl = new WslFacts(true, interopExe, r.wslinfoVersion(),
                    release == null || p == KernelPlatform.WSL1 ? null : release.replaceFirst("-microsoft-standard.*$", ""),
                    false, distros, wslGaps);
            Path wslConfig = o.address().wslConfig();
            if (wslConfig == null && o.address().root() == null) {
                wslConfig = interop.userProfile().map(home -> home.resolve(".wslconfig")).orElse(null);
            }
            cfg = readWslConfig(wslConfig, false);
            l.onWsl(wsl);
            l.onWslConfig(cfg);
        } else if (o.address().wslConfig() != null) {
            cfg = readWslConfig(o.address().wslConfig(), false);
            l.onWslConfig(cfg);
        }
        return new MachineFacts(Instant.now(), Duration.ZERO, Vantage.LOCAL, wsl, cfg, List.of(tf), List.of());
    }

    /** Reads .wslconfig (UTF-8 or, as Notepad may save it, UTF-16). */
    static WslConfigFacts readWslConfig(Path given, boolean onWindows) {
        Path path = given;
        if (path == null) {
            String profile = System.getenv("USERPROFILE");
            if (profile == null || profile.isBlank()) {
                return new WslConfigFacts(null, false, null, null, List.of(Gap.of("wslconfig",
                        onWindows ? "USERPROFILE is not set; pass --wslconfig PATH" : "not read from inside WSL; pass --wslconfig /mnt/c/Users/NAME/.wslconfig")));
            }
            path = Path.of(profile, ".wslconfig");
        }
        if (!Files.exists(path)) {
            return new WslConfigFacts(path.toString(), false, null, null, List.of());
        }
        try {
            return WslConfigParser.parse(path.toString(), WslOutput.decode(Files.readAllBytes(path)));
        } catch (IOException | RuntimeException e) {
            return new WslConfigFacts(path.toString(), true, null, null, List.of(Gap.of("wslconfig", "could not read " + path + ": " + e.getMessage())));
        }
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).limit(12).toList();
    }

    /** A task's value, or why it failed; interrupts propagate. */
    record Outcome<T>(T value, String error) {}

    static <T> Outcome<T> await(Future<T> f) throws InterruptedException {
        try {
            return new Outcome<>(f.get(), null);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof InterruptedException) {
                throw new InterruptedException("cancelled");
            }
            return new Outcome<>(null, c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage());
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "inspect-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
