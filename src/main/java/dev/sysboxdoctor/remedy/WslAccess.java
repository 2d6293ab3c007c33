package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.host.HostOs;
import dev.sysboxdoctor.host.WindowsInterop;
import dev.sysboxdoctor.host.WslCli;
import dev.sysboxdoctor.host.WslReply;
import dev.sysboxdoctor.inspect.WslDistro;
import dev.sysboxdoctor.inspect.WslListParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the WSL remedies act and how they reach it: wsl.exe from Windows or from inside a WSL
 * distro (through interop), the distro they diagnose, and the user's .wslconfig (confined under
 * --root when one is given).
 */
final class WslAccess {
    private final RemedyEnvironment env;
    private final RemedyTexts t;

    WslAccess(RemedyEnvironment env) {
        this.env = env;
        this.t = env.texts();
    }

    RemedyEnvironment env() {
        return env;
    }

    RemedyTexts texts() {
        return t;
    }

    /** Inside a WSL distro (no --wsl-exe given, this kernel is Microsoft's). */
    boolean insideWsl() {
        if (env.wslExe() != null || HostOs.isWindows()) {
            return false;
        }
        try {
            return Files.readString(env.root().resolve("proc/sys/kernel/osrelease")).toLowerCase().contains("microsoft");
        } catch (IOException e) {
            return false;
        }
    }

    WslCli cli() throws StepFailedException {
        if (env.wslExe() != null) {
            return new WslCli(env.runner(), env.wslExe().toString(), env.commandTimeout());
        }
        if (HostOs.isWindows()) {
            return new WslCli(env.runner(), "wsl.exe", env.commandTimeout());
        }
        if (insideWsl()) {
            // Interop's own path works even when the Windows PATH is not appended ([interop] appendWindowsPath=false).
            String exe = new WindowsInterop(Path.of("/"), env.runner()).wslExe().map(Path::toString).orElse("wsl.exe");
            return new WslCli(env.runner(), exe, env.commandTimeout());
        }
        throw new StepFailedException(t.get("wsl.notWindows"));
    }

    static List<WslDistro> distros(WslCli cli, RemedyTexts t) throws StepFailedException, InterruptedException {
        try {
            WslReply r = cli.listVerbose();
            if (!r.ok()) {
                return List.of();
            }
            return WslListParser.parse(r.stdout()).distros();
        } catch (IOException e) {
            throw new StepFailedException(t.get("wsl.cannotRun", cli.executable(), e.getMessage()), e);
        }
    }

    /** --distro, else the default distro, else null. */
    String chosenDistro(WslCli cli) throws StepFailedException, InterruptedException {
        return env.distro() != null ? env.distro()
                : distros(cli, t).stream().filter(WslDistro::isDefault).findFirst().map(WslDistro::name).orElse(null);
    }

    /** The distro whose kernel and engine the plans look at: null inside WSL (this one), else --distro or the default. */
    String diagnosedDistro(WslCli cli) throws StepFailedException, InterruptedException {
        return insideWsl() ? null : chosenDistro(cli);
    }

    /**
     * The plan with the diagnosed distro's containers guarded. Inside WSL the shutdown ends this
     * process, so nothing can restore afterwards: the backups are kept for {@code image restore}.
     */
    PlanOrRefusal.Ready guarded(RemedyPlan plan, RemedyRequest request, WslCli cli) throws StepFailedException, InterruptedException {
        RemedyRequest r = insideWsl() ? request.withoutRestore() : request;
        return new PlanOrRefusal.Ready(plan.guardedBy(ContainerSafeguard.prepare(env, r, diagnosedDistro(cli), plan.before())));
    }

    /** The .wslconfig file, confined under --root when one is given. */
    Optional<WslConfigFile> wslConfig() throws InterruptedException {
        Path p = env.wslConfig();
        if (p == null) {
            p = defaultWslConfig().orElse(null);
            if (p == null) {
                return Optional.empty();
            }
        }
        if (env.confined()) {
            Path abs = p.toAbsolutePath().normalize();
            if (!abs.startsWith(env.root())) {
                abs = env.root().resolve(p.toString().replace('\\', '/').replaceFirst("^[A-Za-z]:", "").replaceFirst("^/+", ""))
                        .normalize();
            }
            if (!abs.startsWith(env.root())) {
                return Optional.empty();
            }
            p = abs;
        }
        return Optional.of(new WslConfigFile(p, t));
    }

    private Optional<Path> defaultWslConfig() throws InterruptedException {
        if (env.confined()) {
            return Optional.empty();
        }
        if (HostOs.isWindows()) {
            String home = System.getenv("USERPROFILE");
            return home == null ? Optional.empty() : Optional.of(Path.of(home, ".wslconfig"));
        }
        // Inside WSL: ask Windows for %USERPROFILE% through interop.
        return new WindowsInterop(Path.of("/"), env.runner()).userProfile().map(home -> home.resolve(".wslconfig"));
    }

    Optional<String> pinnedKernel() throws StepFailedException, InterruptedException {
        Optional<WslConfigFile> f = wslConfig();
        if (f.isEmpty()) {
            return Optional.empty();
        }
        return f.get().read().pinnedKernel().map(WslConfigText.KernelPin::path);
    }

    /** A backup (or created marker) of .wslconfig is there for --revert. */
    boolean hasBackup() throws InterruptedException {
        return wslConfig().map(WslConfigFile::hasBackup).orElse(false);
    }
}
