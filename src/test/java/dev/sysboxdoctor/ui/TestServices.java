package dev.sysboxdoctor.ui;

import dev.sysboxdoctor.inspect.MachineAddress;
import dev.sysboxdoctor.app.GuiReports;
import dev.sysboxdoctor.diagnose.Diagnoser;
import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.host.HostOs;
import dev.sysboxdoctor.image.ImageService;
import dev.sysboxdoctor.inspect.InspectOptions;
import dev.sysboxdoctor.inspect.Inspector;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.inspect.TargetKind;
import dev.sysboxdoctor.remedy.Escalation;
import dev.sysboxdoctor.remedy.Remedies;
import dev.sysboxdoctor.remedy.RemedyEnvironment;
import dev.sysboxdoctor.ui.reports.ReportWriter;
import dev.sysboxdoctor.ui.settings.AppDirs;
import dev.sysboxdoctor.ui.theme.SystemThemeProbe;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real services over a test machine: WSL through the fake wsl.exe and fixture roots, the
 * engine of the test bed, settings and logs in a temp dir. Nothing is mocked.
 */
public final class TestServices implements UiServices {
    private final CommandRunner runner = new CommandRunner();
    private final Inspector inspector = new Inspector(runner);
    private final Diagnoser diagnoser = new Diagnoser();
    private final InspectOptions options;
    private final RemedyEnvironment remedyBase;
    private final String dockerHost;
    private final AppDirs dirs;
    private final GuiReports reports = new GuiReports();

    private TestServices(InspectOptions options, RemedyEnvironment remedyBase, String dockerHost, AppDirs dirs) {
        this.options = options;
        this.remedyBase = remedyBase;
        this.dockerHost = dockerHost;
        this.dirs = dirs;
    }

    /** Windows as seen through {@code wslExe}, with .wslconfig at {@code wslConfig}; short timeouts. */
    public static TestServices windows(Path wslExe, Path wslConfig, Path appDir, Duration scriptTimeout) {
        CommandRunner r = new CommandRunner();
        InspectOptions o = InspectOptions.defaults().at(MachineAddress.THIS_MACHINE.withWslExe(wslExe).withWslConfig(wslConfig))
                .withTimeouts(Duration.ofSeconds(10), scriptTimeout, Duration.ofSeconds(10));
        RemedyEnvironment env = RemedyEnvironment.local(r).at(MachineAddress.THIS_MACHINE.withWslExe(wslExe).withWslConfig(wslConfig))
                .withEscalation(Escalation.NONE);
        return new TestServices(o, env, null, AppDirs.under(appDir));
    }

    /** The same services, with fixes that stop Sysbox saving and restoring the Sysbox containers of this engine. */
    public TestServices withGuardedEngine(String host) {
        return new TestServices(options.withDockerHost(host),
                remedyBase.withGuards(dev.sysboxdoctor.app.Services.with(runner).containerGuards(host, null)), host, dirs);
    }

    /** The same services, with the Containers page on this engine. */
    public TestServices withEngine(String host) {
        return new TestServices(options.withDockerHost(host), remedyBase, host, dirs);
    }

    @Override
    public Inspector inspector() {
        return inspector;
    }

    @Override
    public Diagnoser diagnoser() {
        return diagnoser;
    }

    @Override
    public InspectOptions inspectOptions() {
        return options;
    }

    @Override
    public Remedies remediesFor(TargetFacts target) {
        return new Remedies(target != null && target.kind() == TargetKind.WSL_DISTRO
                ? remedyBase.at(remedyBase.address().withDistro(target.name())) : remedyBase);
    }

    @Override
    public ImageService images(String host) {
        return ImageService.connect(host != null ? host : dockerHost);
    }

    @Override
    public String engineUsedFor(String host) {
        return host != null ? host : dockerHost;
    }

    @Override
    public ReportWriter reports() {
        return reports;
    }

    @Override
    public SystemThemeProbe systemTheme() {
        return SystemThemeProbe.LIGHT;
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
