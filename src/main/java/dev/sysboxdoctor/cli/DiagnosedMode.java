package dev.sysboxdoctor.cli;

import dev.sysboxdoctor.app.Services;
import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.image.ImageService;
import dev.sysboxdoctor.inspect.InspectOptions;
import dev.sysboxdoctor.inspect.MachineAddress;
import dev.sysboxdoctor.inspect.InspectionListener;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The Sysbox mode the image commands plan for when none is given: diagnosed as 'diagnose' does. */
final class DiagnosedMode {
    private DiagnosedMode() {}

    /** A mode as the user writes it, any case; anything else is bad usage (exit 2). */
    static SysboxMode parse(CommandSpec spec, String text) {
        try {
            return SysboxMode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sysbox-mode " + text + ": expected one of "
                    + Arrays.toString(SysboxMode.values()) + ".");
        }
    }

    /** With several targets (WSL distros) the one that breaks commit wins; UNKNOWN when diagnosing fails. */
    static SysboxMode of(Services services, Path wslExe, String dockerHost) {
        try {
            String distro = ImageService.wslDistro(dockerHost);
            var options = InspectOptions.defaults().at(MachineAddress.THIS_MACHINE.withWslExe(wslExe).withDistro(distro));
            options = distro != null ? options : options.withDockerHost(dockerHost);
            var facts = services.inspector().inspect(options, new InspectionListener() { });
            var targets = services.diagnoser().diagnose(facts).targets();
            if (targets.stream().anyMatch(t -> t.mode() == SysboxMode.ROOTFS_CLONING)) {
                return SysboxMode.ROOTFS_CLONING;
            }
            return targets.size() == 1 ? targets.get(0).mode() : SysboxMode.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("cancelled");
        } catch (RuntimeException e) {
            return SysboxMode.UNKNOWN;
        }
    }
}
