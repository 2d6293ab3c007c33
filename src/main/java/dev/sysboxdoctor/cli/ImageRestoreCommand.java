package dev.sysboxdoctor.cli;

import dev.sysboxdoctor.app.Services;
import dev.sysboxdoctor.image.ImageService;
import dev.sysboxdoctor.image.RestoreOutcome;
import dev.sysboxdoctor.image.RestoreRequest;
import dev.sysboxdoctor.image.render.BackupJson;
import dev.sysboxdoctor.image.render.BackupText;
import dev.sysboxdoctor.report.ReportTexts;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Recreate a container from its verified backup image with the old container's whole configuration.",
                "The old container is stopped, renamed NAME.before-restore-<UTC yyyyMMdd-HHmmss> and kept; the new one is started "
                        + "if the old one was running, and its files are checked against the backup.",
                "A name, port or volume clash changes nothing; a later failure is rolled back. "
                        + "Exit 0: restored and verified; 1: the new container did not match (rolled back); 3: clash or engine error."})
final class ImageRestoreCommand implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "IMAGE", description = "The backup image (e.g. from 'image save-all').") String image;
    @Option(names = "--container", required = true, paramLabel = "NAME", description = "The container to replace (kept under a new name).")
    String container;
    @Option(names = "--start", description = "Start the new container even if the old one is stopped.") boolean start;
    @Option(names = "--json", description = "Print the result as JSON (schemaVersion 1).") boolean json;
    @Mixin EngineOptions engine;
    @Mixin LanguageOption lang;

    ImageRestoreCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        engine.check(spec);
        return ImageCommand.Cancellable.run(err, ReportTexts.of(lang.effective()), cancel -> {
            try (ImageService images = services.images(engine.resolve(services, err), engine.wslExe)) {
                RestoreOutcome o = images.restore(new RestoreRequest(image, container, start), new ProgressPrinter(err, lang.effective()), cancel);
                PrintWriter out = spec.commandLine().getOut();
                out.print(json ? BackupJson.restore(o) + "\n" : BackupText.restore(o, lang.effective()));
                out.flush();
                return o.restored() ? ImageCommand.OK : ImageCommand.VERIFICATION_FAILED;
            }
        });
    }
}
