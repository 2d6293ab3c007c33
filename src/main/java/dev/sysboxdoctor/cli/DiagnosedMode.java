package dev.sysboxdoctor.cli;

import dev.sysboxdoctor.app.Services;
import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.image.ImageService;
import dev.sysboxdoctor.inspect.InspectOptions;
import dev.sysboxdoctor.inspect.InspectionListener;
import java.util.concurrent.CancellationException;

/** The Sysbox mode the image commands plan for when none is given: diagnosed as 'diagnose' does. */
final class DiagnosedMode {
    private DiagnosedMode() {}

    /** With several targets (WSL distros) the one that breaks commit wins; UNKNOWN when diagnosing fails. */
    static String of(Services services, java.nio.file.Path wslExe, String dockerHost) {
        try {
            String distro = ImageService.wslDistro(dockerHost);
            var options = InspectOptions.defaults().withWslExe(wslExe);
            options = distro != null ? options.withDistro(distro) : options.withDockerHost(dockerHost);
            var facts = services.inspector().inspect(options, new InspectionListener() { });
            var targets = services.diagnoser().diagnose(facts).targets();
            if (targets.stream().anyMatch(t -> t.mode() == SysboxMode.ROOTFS_CLONING)) {
                return SysboxMode.ROOTFS_CLONING.name();
            }
            return targets.size() == 1 ? targets.get(0).mode().name() : SysboxMode.UNKNOWN.name();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("cancelled");
        } catch (RuntimeException e) {
            return SysboxMode.UNKNOWN.name();
        }
    }
}
