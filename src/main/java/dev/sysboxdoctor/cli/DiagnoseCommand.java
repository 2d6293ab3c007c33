package dev.sysboxdoctor.cli;

import dev.sysboxdoctor.app.AppVersion;
import dev.sysboxdoctor.app.Services;
import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.host.HostOs;
import dev.sysboxdoctor.inspect.InspectOptions;
import dev.sysboxdoctor.inspect.MachineAddress;
import dev.sysboxdoctor.inspect.InspectionListener;
import dev.sysboxdoctor.inspect.MachineFacts;
import dev.sysboxdoctor.report.DiagnosisJson;
import dev.sysboxdoctor.report.DiagnosisMarkdown;
import dev.sysboxdoctor.report.DiagnosisText;
import dev.sysboxdoctor.report.FindingCatalogue;
import dev.sysboxdoctor.report.Language;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Inspects WSL, the kernel, Sysbox and Docker and says whether committing a Sysbox container is safe here.",
        footer = {"", "Exit codes: 0 no ERROR finding, 1 at least one ERROR finding, 2 bad usage, 3 could not inspect anything."})
final class DiagnoseCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int PROBLEM = 1;
    static final int USAGE = 2;
    static final int COULD_NOT_INSPECT = 3;

    private final Services services;

    @Spec CommandSpec spec;
    @Option(names = "--json", description = "Print the diagnosis as JSON (schemaVersion 1).") boolean json;
    @Option(names = "--markdown", description = "Print the diagnosis as Markdown for a bug report (user names and secrets redacted).") boolean markdown;
    @Option(names = "--wsl-exe", paramLabel = "PATH", description = "Inspect WSL through this wsl.exe.") Path wslExe;
    @Option(names = "--wslconfig", paramLabel = "PATH", description = "Read this file instead of %%USERPROFILE%%\\.wslconfig.") Path wslConfig;
    @Option(names = "--distro", paramLabel = "NAME", description = "Only this WSL distro.") String distro;
    @Option(names = "--root", paramLabel = "DIR", description = "Read Linux files under DIR instead of /.") Path root;
    @Option(names = "--docker-host", paramLabel = "URI", description = "Docker Engine endpoint, e.g. unix:///var/run/docker.sock.") String dockerHost;
    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest wait for one wsl.exe call or one target's inspection (default: 20 for wsl.exe, 60 per target).")
    Integer timeoutSeconds;
    @Mixin LanguageOption lang;

    DiagnoseCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (json && markdown) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--json and --markdown are mutually exclusive.");
        }
        if (timeoutSeconds != null && timeoutSeconds <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds.");
        }
        if (root != null && !Files.isDirectory(root)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--root " + root + ": not a directory.");
        }
        if (distro != null && wslExe == null && !HostOs.isWindows()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--distro needs wsl.exe: pass --wsl-exe PATH (or run on Windows).");
        }
        InspectOptions options = InspectOptions.defaults().at(new MachineAddress(wslExe, wslConfig, distro, root))
                .withDockerHost(dockerHost);
        if (timeoutSeconds != null) {
            Duration t = Duration.ofSeconds(timeoutSeconds);
            options = options.withTimeouts(t, t, t.compareTo(options.dockerTimeout()) < 0 ? t : options.dockerTimeout());
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean progress = System.console() != null && !json && !markdown;
        MachineFacts facts = services.inspector().inspect(options, new InspectionListener() {
            @Override
            public void onProgress(String step) {
                if (progress) {
                    err.println("... " + step);
                    err.flush();
                }
            }
        });
        Diagnosis d = services.diagnoser().diagnose(facts);
        int exit = d.nothingInspected() ? COULD_NOT_INSPECT : d.hasErrors() ? PROBLEM : OK;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Language words = lang.chosen() != null ? lang.chosen() : Language.EN;
            out.print(DiagnosisJson.render(d, AppVersion.get(), exit, FindingCatalogue.of(words)));
        } else if (markdown) {
            out.print(DiagnosisMarkdown.render(d, AppVersion.get(), lang.effective()));
        } else {
            out.print(DiagnosisText.render(d, lang.effective()));
        }
        out.flush();
        return exit;
    }
}
