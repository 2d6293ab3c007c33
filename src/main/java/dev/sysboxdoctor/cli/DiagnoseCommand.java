package dev.sysboxdoctor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Inspects WSL, the kernel, Sysbox and Docker and says whether committing a Sysbox container is safe here.")
final class DiagnoseCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--json", description = "Print the diagnosis as JSON (schemaVersion 1).") boolean json;
    @Option(names = "--markdown", description = "Print the diagnosis as Markdown for a bug report.") boolean markdown;
    @Option(names = "--wsl-exe", paramLabel = "PATH", description = "Inspect WSL through this wsl.exe.") Path wslExe;
    @Option(names = "--wslconfig", paramLabel = "PATH", description = "Read this file instead of %%USERPROFILE%%\\.wslconfig.") Path wslConfig;
    @Option(names = "--distro", paramLabel = "NAME", description = "Only this WSL distro.") String distro;
    @Option(names = "--root", paramLabel = "DIR", description = "Read Linux files under DIR instead of /.") Path root;
    @Option(names = "--docker-host", paramLabel = "URI", description = "Docker Engine endpoint, e.g. unix:///var/run/docker.sock.") String dockerHost;

    @Override
    public Integer call() {
        return NotYetAvailable.say(spec);
    }
}
