package dev.sysboxdoctor.inspect;

import dev.sysboxdoctor.host.HostOs;
import java.nio.file.Path;

/**
 * Which machine to reach and how: the one address both inspection and remedies use (the CLI's
 * {@code --wsl-exe}, {@code --wslconfig}, {@code --distro}, {@code --root} map 1:1).
 *
 * @param wslExe    reach WSL through this wsl.exe (Windows, or inside WSL through interop). Null: wsl.exe
 *                  on Windows; from inside WSL, the Windows wsl.exe (if reachable) only for WSL facts
 *                  while the local distro is the target; none on Linux
 * @param wslConfig the .wslconfig file; null: %USERPROFILE%\.wslconfig found through wsl.exe / the environment
 * @param distro    only this WSL distro (null: all user distros to inspect; the local Linux system to fix)
 * @param root      the local target's files live under this directory (a fixture or a mounted image);
 *                  null: this machine's "/"
 */
public record MachineAddress(Path wslExe, Path wslConfig, String distro, Path root) {
    /** This machine as it is: its own files, WSL as the platform offers it. */
    public static final MachineAddress THIS_MACHINE = new MachineAddress(null, null, null, null);

    public MachineAddress withWslExe(Path p) {
        return new MachineAddress(p, wslConfig, distro, root);
    }

    public MachineAddress withWslConfig(Path p) {
        return new MachineAddress(wslExe, p, distro, root);
    }

    public MachineAddress withDistro(String d) {
        return new MachineAddress(wslExe, wslConfig, d, root);
    }

    public MachineAddress withRoot(Path p) {
        return new MachineAddress(wslExe, wslConfig, distro, p);
    }

    /** The wsl.exe to use: the given one, else {@code wsl.exe} on Windows, else none (native Linux). */
    public String effectiveWslExe() {
        if (wslExe != null) {
            return wslExe.toString();
        }
        return HostOs.isWindows() ? "wsl.exe" : null;
    }
}
