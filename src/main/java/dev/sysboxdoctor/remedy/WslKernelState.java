package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.host.WslCli;
import dev.sysboxdoctor.host.WslReply;
import dev.sysboxdoctor.inspect.KernelVersion;
import dev.sysboxdoctor.inspect.WslVersionParser;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * What the WSL kernel remedies read: the running kernel release, the kernel of the WSL package
 * ({@code wsl --version}), the pin in .wslconfig, and where .wslconfig is.
 */
record WslKernelState(String release, String packageKernel, Optional<String> pin, String wslConfig) {

    /** Reads the kernel state through {@code cli}: uname -r in the chosen distro, or this kernel inside WSL. */
    static WslKernelState read(WslAccess wsl, WslCli cli) throws StepFailedException, InterruptedException {
        RemedyEnvironment env = wsl.env();
        String release = "";
        if (wsl.insideWsl()) {
            try {
                release = Files.readString(env.root().resolve("proc/sys/kernel/osrelease")).strip();
            } catch (IOException e) {
                release = "";
            }
        } else {
            String distro = wsl.chosenDistro(cli);
            if (distro != null) {
                try {
                    WslReply r = cli.exec(distro, null, List.of("uname", "-r"), null, env.commandTimeout());
                    release = r.ok() ? r.stdout().strip() : "";
                } catch (IOException e) {
                    throw cannotRun(wsl, cli, e);
                }
            }
        }
        String pkg = "";
        try {
            WslReply v = cli.version();
            if (v.ok()) {
                String kernel = WslVersionParser.parseVersion(v.stdout()).kernelVersion();
                pkg = kernel == null ? "" : kernel;
            }
        } catch (IOException e) {
            throw cannotRun(wsl, cli, e);
        }
        Optional<WslConfigFile> f = wsl.wslConfig();
        Optional<String> pin = Optional.empty();
        if (f.isPresent()) {
            pin = f.get().read().pinnedKernel().map(WslConfigText.KernelPin::path);
        }
        return new WslKernelState(release, pkg, pin, f.map(w -> w.path().toString()).orElse(""));
    }

    /** The kernel state plus the full diagnosis of the distro it was read from. */
    static ObservedState diagnosed(WslAccess wsl, WslCli cli) throws StepFailedException, InterruptedException {
        return Rediagnosis.add(wsl.env(), wsl.diagnosedDistro(cli), read(wsl, cli).state());
    }

    Optional<KernelVersion> version() {
        Optional<KernelVersion> v = KernelVersion.parse(release);
        return v.isPresent() ? v : KernelVersion.parse(packageKernel);
    }

    /** Whether overlayfs works on ID-mapped mounts (5.19+); empty when the version is not known. */
    Optional<Boolean> overlayIdmap() {
        return version().map(k -> k.atLeast(5, 19));
    }

    boolean newEnough() {
        return overlayIdmap().orElse(false);
    }

    ObservedState state() {
        KernelObservation f = new KernelObservation(known(release), known(packageKernel), pin, known(wslConfig), overlayIdmap());
        String k = release.isEmpty() ? (packageKernel.isEmpty() ? "unknown" : packageKernel + " (package)") : release;
        String summary = "WSL kernel " + k + (pin.map(p -> ", pinned in .wslconfig: " + p).orElse(", not pinned"))
                + (newEnough() ? " (5.19+: overlayfs on ID-mapped mounts, commits are safe)" : " (below 5.19: rootfs cloning)");
        return ObservedState.of(summary, f);
    }

    private static Optional<String> known(String s) {
        return Optional.of(s).filter(v -> !v.isEmpty());
    }

    private static StepFailedException cannotRun(WslAccess wsl, WslCli cli, IOException e) {
        return new StepFailedException(wsl.texts().get("wsl.cannotRun", cli.executable(), e.getMessage()), e);
    }
}
