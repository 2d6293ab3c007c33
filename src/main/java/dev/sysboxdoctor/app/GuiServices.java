package dev.sysboxdoctor.app;

import dev.sysboxdoctor.diagnose.Diagnoser;
import dev.sysboxdoctor.host.HostOs;
import dev.sysboxdoctor.image.ImageService;
import dev.sysboxdoctor.inspect.InspectOptions;
import dev.sysboxdoctor.inspect.MachineAddress;
import dev.sysboxdoctor.inspect.Inspector;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.inspect.TargetKind;
import dev.sysboxdoctor.remedy.Remedies;
import dev.sysboxdoctor.remedy.RemedyEnvironment;
import dev.sysboxdoctor.ui.UiServices;
import dev.sysboxdoctor.ui.reports.ReportWriter;
import dev.sysboxdoctor.ui.settings.AppDirs;
import dev.sysboxdoctor.ui.theme.SystemThemeProbe;
import java.nio.file.Path;

/** The window's view of the composition root: the same services the CLI uses. */
final class GuiServices implements UiServices {
    private final Services services;
    private final InspectOptions inspectOptions;
    private final RemedyEnvironment remedyBase;
    private final SystemThemeProbe theme;
    private final AppDirs dirs;
    private final ReportWriter reports;

    GuiServices(Services services, InspectOptions inspectOptions, RemedyEnvironment remedyBase, AppDirs dirs) {
        this.services = services;
        this.inspectOptions = inspectOptions;
        this.remedyBase = remedyBase;
        this.theme = new DesktopThemeProbe(services.commandRunner(), HostOs.isWindows());
        this.dirs = dirs;
        this.reports = new GuiReports();
    }

    /** This machine as it is: wsl.exe on Windows, the local system on Linux; the user's dirs. */
    static GuiServices forThisMachine(Services services) {
        boolean windows = HostOs.isWindows();
        MachineAddress here = windows ? MachineAddress.THIS_MACHINE.withWslExe(Path.of("wsl.exe")) : MachineAddress.THIS_MACHINE;
        InspectOptions options = InspectOptions.defaults().at(here);
        RemedyEnvironment env = RemedyEnvironment.local(services.commandRunner()).at(here);
        return new GuiServices(services, options, env, AppDirs.of(System.getenv(), windows, System.getProperty("user.home", ".")));
    }

    @Override
    public Inspector inspector() {
        return services.inspector();
    }

    @Override
    public Diagnoser diagnoser() {
        return services.diagnoser();
    }

    @Override
    public InspectOptions inspectOptions() {
        return inspectOptions;
    }

    @Override
    public Remedies remediesFor(TargetFacts target) {
        // A fix that stops Sysbox or WSL saves the target's Sysbox containers first, on the engine the Containers page uses.
        RemedyEnvironment env = remedyBase.withGuards(services.containerGuards(null, inspectOptions.address().wslExe()));
        if (target != null && target.kind() == TargetKind.WSL_DISTRO) {
            return new Remedies(env.at(env.address().withDistro(target.name())));
        }
        return new Remedies(env);
    }

    @Override
    public ImageService images(String dockerHost) {
        return services.images(dockerHost, inspectOptions.address().wslExe());
    }

    /** With no Settings endpoint and no DOCKER_HOST, a diagnosed WSL distro's own engine (through wsl.exe). */
    @Override
    public String engineFor(String settingsEndpoint, TargetFacts target) {
        if (settingsEndpoint != null && !settingsEndpoint.isBlank()) {
            return settingsEndpoint;
        }
        String env = System.getenv("DOCKER_HOST");
        boolean wsl = target != null && target.kind() == TargetKind.WSL_DISTRO && Services.wslExe(inspectOptions.address().wslExe()) != null;
        return wsl && (env == null || env.isBlank()) ? ImageService.wslEndpoint(target.name()) : null;
    }

    @Override
    public ReportWriter reports() {
        return reports;
    }

    @Override
    public SystemThemeProbe systemTheme() {
        return theme;
    }

    @Override
    public AppDirs dirs() {
        return dirs;
    }

    @Override
    public boolean onWindows() {
        return HostOs.isWindows();
    }
}
